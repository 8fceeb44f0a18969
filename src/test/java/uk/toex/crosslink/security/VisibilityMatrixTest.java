package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * Role × caller forces × owning force × handling, through the one visibility fragment as every
 * query uses it ({@code {{visible r}}}, bound from {@link Caller#scope()}). The expected
 * visibility is written out from the rule, independently of the Cypher.
 */
@CrosslinkTest
class VisibilityMatrixTest {

    record Rec(String kind, String force, String handling, String person, List<String> flags) {
        String key() {
            return force + "/SYS/" + kind + "-" + handling + (flags.isEmpty() ? "" : "-" + String.join("-", flags));
        }
    }

    private static final List<Rec> RECORDS = List.of(
            new Rec("PersonRecord", "NORFOLK", "C", "P-NORFOLK-C", List.of()),
            new Rec("PersonRecord", "NORFOLK", "P", "P-NORFOLK-P", List.of()),
            new Rec("PersonRecord", "SUFFOLK", "C", "P-SUFFOLK-C", List.of()),
            new Rec("PersonRecord", "SUFFOLK", "P", "P-SHARED-VICTIM", List.of()),
            new Rec("PersonRecord", "NORFOLK", "P", "P-SHARED-VICTIM", List.of("VICTIM")),
            new Rec("PersonRecord", "SUFFOLK", "P", "P-SAFEGUARDED", List.of("SAFEGUARDING_REFERRAL", "MISSING")),
            new Rec("Advert", "NORFOLK", "C", null, List.of()),
            new Rec("Advert", "NORFOLK", "P", null, List.of()),
            new Rec("Advert", "SUFFOLK", "C", null, List.of()),
            new Rec("Advert", "SUFFOLK", "P", null, List.of()));

    private static final List<List<String>> FORCE_SETS =
            List.of(List.of("NORFOLK"), List.of("SUFFOLK"), List.of("KENT"), List.of("NORFOLK", "SUFFOLK"), List.of("*"));

    @Autowired
    CypherRunner cypher;

    @BeforeEach
    void fixture() {
        TestNeo4j.clear();
        List<Map<String, Object>> rows = RECORDS.stream().map(r -> {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", r.kind());
            row.put("key", r.key());
            row.put("force", r.force());
            row.put("handling", r.handling());
            row.put("person", r.person());
            row.put("flags", r.flags());
            return row;
        }).toList();
        cypher.write("test/fixture", Map.of("records", rows));
    }

    /** The rule, as the issue states it. */
    static boolean expectedVisible(Role role, List<String> callerForces, Rec rec) {
        boolean own = callerForces.contains("*") || callerForces.contains(rec.force());
        return switch (role) {
            case AUDITOR -> false;
            case PARTNER -> own && rec.handling().equals("P");
            case ANALYST, INVESTIGATOR -> own || rec.handling().equals("P");
            case ADMIN -> own;
        };
    }

    @Test
    void everyRoleAndForceSetSeesExactlyTheRecordsTheRuleAllows() {
        List<String> mismatches = new ArrayList<>();
        for (Role role : Role.values()) {
            for (List<String> forces : FORCE_SETS) {
                Caller caller = Caller.of("u", Set.of(role), forces);
                Set<String> seen = cypher.read("test/visible-records", caller.scope(), Map.of()).stream()
                        .map(row -> (String) row.get("key")).collect(Collectors.toSet());
                Set<String> expected = RECORDS.stream().filter(r -> expectedVisible(role, forces, r))
                        .map(Rec::key).collect(Collectors.toSet());
                if (!seen.equals(expected)) {
                    mismatches.add(role + " " + forces + ": saw " + seen + ", expected " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void oneForcesAnalystNeverSeesAnotherForcesConfidentialRecords() {
        Set<String> seen = keys(Caller.of("a", Set.of(Role.ANALYST), List.of("NORFOLK")));
        assertThat(seen).doesNotContain("SUFFOLK/SYS/PersonRecord-C", "SUFFOLK/SYS/Advert-C")
                .contains("NORFOLK/SYS/PersonRecord-C", "NORFOLK/SYS/PersonRecord-P", "SUFFOLK/SYS/PersonRecord-P");
    }

    @Test
    void aPersonWhoseRecordsAreAllHiddenDoesNotExistForTheCaller() {
        Map<String, Map<String, Object>> kent = persons(Caller.of("k", Set.of(Role.ANALYST), List.of("KENT")));
        assertThat(kent).doesNotContainKeys("P-NORFOLK-C", "P-SUFFOLK-C").containsKeys("P-NORFOLK-P", "P-SHARED-VICTIM");
        assertThat(persons(Caller.of("aud", Set.of(Role.AUDITOR), List.of("*")))).isEmpty();
    }

    @Test
    void aPersonShowsOnlyTheRecordsTheCallerMaySee() {
        Map<String, Map<String, Object>> partner = persons(Caller.of("p", Set.of(Role.PARTNER), List.of("SUFFOLK")));
        assertThat(partner.get("P-SHARED-VICTIM").get("records")).isEqualTo(List.of("SUFFOLK/SYS/PersonRecord-P"));
    }

    @Test
    void partnersNeverSeeTheIdentityOfVictimsOrSafeguardingReferralsButOthersDo() {
        Map<String, Map<String, Object>> partner = persons(Caller.of("p", Set.of(Role.PARTNER), List.of("*")));
        // flagged on a record of another force the partner cannot see: still redacted
        Map<String, Map<String, Object>> suffolkPartner = persons(Caller.of("p", Set.of(Role.PARTNER), List.of("SUFFOLK")));
        assertThat(partner.get("P-SHARED-VICTIM")).containsEntry("redacted", true);
        assertThat(partner.get("P-SAFEGUARDED")).containsEntry("redacted", true);
        assertThat(partner.get("P-NORFOLK-P")).containsEntry("redacted", false);
        assertThat(suffolkPartner.get("P-SHARED-VICTIM")).containsEntry("redacted", true);

        Map<String, Map<String, Object>> analyst = persons(Caller.of("a", Set.of(Role.ANALYST), List.of("*")));
        assertThat(analyst.values()).allSatisfy(p -> assertThat(p).containsEntry("redacted", false));
    }

    @Test
    void redactionKeepsTheFieldsAndMarksThemInsteadOfDroppingThem() {
        Redaction redaction = new Redaction();
        AccessScope partner = Caller.of("p", Set.of(Role.PARTNER), List.of("*")).scope();
        Map<String, Object> record = Map.of("id", "R1", "force", "NORFOLK", "givenNames", "Attila",
                "familyName", "Lakatos", "phones", List.of("+447700900123"), "dob", "1984");
        assertThat(redaction.record(partner, List.of("VICTIM"), record))
                .containsEntry("id", "R1").containsEntry("force", "NORFOLK")
                .containsEntry("givenNames", Redaction.MARKER).containsEntry("familyName", Redaction.MARKER)
                .containsEntry("dob", Redaction.MARKER).containsEntry("phones", List.of(Redaction.MARKER));
        assertThat(redaction.record(partner, List.of("SUSPECT"), record)).isEqualTo(record);
        AccessScope analyst = Caller.of("a", Set.of(Role.ANALYST), List.of("*")).scope();
        assertThat(redaction.record(analyst, List.of("VICTIM"), record)).isEqualTo(record);
        assertThat(redaction.value(partner, Arrays.asList("SAFEGUARDING_REFERRAL"), "Attila Lakatos")).isEqualTo(Redaction.MARKER);
    }

    private Set<String> keys(Caller caller) {
        return cypher.read("test/visible-records", caller.scope(), Map.of()).stream()
                .map(row -> (String) row.get("key")).collect(Collectors.toSet());
    }

    private Map<String, Map<String, Object>> persons(Caller caller) {
        return cypher.read("test/visible-persons", caller.scope(), Map.of()).stream()
                .collect(Collectors.toMap(row -> (String) row.get("id"), row -> row));
    }
}
