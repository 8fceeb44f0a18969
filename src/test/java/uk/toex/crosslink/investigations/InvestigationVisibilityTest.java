package uk.toex.crosslink.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.security.Redaction;
import uk.toex.crosslink.security.Role;

/**
 * Investigations that try to read everything (every node, every name, every count, every phone),
 * written without any regard for visibility, run over HTTP by callers of different forces and
 * roles: each receives exactly what the read API shows it, and a partner the same redaction.
 */
class InvestigationVisibilityTest extends WorldTest {

    static Stream<Arguments> callers() {
        return Stream.of(
                // caller, records it may see (C records only to their own force; partners P of their own forces)
                Arguments.of("analyst NORFOLK", Set.of(Role.ANALYST), List.of("NORFOLK"), Set.of("N1", "N2", "N3", "N4", "S1", "S2")),
                Arguments.of("analyst SUFFOLK", Set.of(Role.ANALYST), List.of("SUFFOLK"), Set.of("N1", "N2", "N4", "S1", "S2", "S3")),
                Arguments.of("investigator ESSEX", Set.of(Role.INVESTIGATOR), List.of("ESSEX"), Set.of("N1", "N2", "N4", "S1", "S2")),
                Arguments.of("partner NORFOLK", Set.of(Role.PARTNER), List.of("NORFOLK"), Set.of("N1", "N2", "N4")),
                Arguments.of("partner and analyst SUFFOLK", Set.of(Role.PARTNER, Role.ANALYST), List.of("SUFFOLK"), Set.of("S1", "S2")),
                Arguments.of("admin ESSEX", Set.of(Role.ADMIN), List.of("ESSEX"), Set.of()),
                Arguments.of("analyst of every force", Set.of(Role.ANALYST), List.of("*"),
                        Set.of("N1", "N2", "N3", "N4", "S1", "S2", "S3")));
    }

    HttpGraphQlTester as(Set<Role> roles, List<String> forces) {
        return graphQl.as("visibility", roles, forces.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void everyPersonRecordTheStatementReachesIsOneTheReadApiShows(String who, Set<Role> roles, List<String> forces,
                                                                   Set<String> visible) {
        List<Map<String, Object>> rows = Runs.rows(as(roles, forces), "test-family-names", Map.of());
        assertThat(rows).extracting(r -> (String) r.get("recordId")).containsExactlyInAnyOrderElementsOf(visible);
        boolean partner = roles.contains(Role.PARTNER);
        // a partner reads the victim's name as the marker; everyone else reads it
        rows.stream().filter(r -> r.get("recordId").equals("N2") || r.get("recordId").equals("S3"))
                .forEach(r -> assertThat(r.get("familyName")).isEqualTo(partner ? Redaction.MARKER
                        : r.get("recordId").equals("N2") ? "POPESCU" : "HIDDEN"));
        // the same records as the read API's persons list gives the same caller
        List<String> readApi = as(roles, forces).documentName("persons").variable("first", 50).execute()
                .path("persons.edges[*].node.records[*].recordId").entityList(String.class).get();
        assertThat(readApi).containsExactlyInAnyOrderElementsOf(visible);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void everyNodeOfTheStoreIsOnlyTheCallersView(String who, Set<Role> roles, List<String> forces, Set<String> visible) {
        List<Map<String, Object>> rows = Runs.rows(as(roles, forces), "test-everything", Map.of());
        @SuppressWarnings("unchecked")
        Set<String> recordIds = rows.stream().map(r -> (Map<String, Object>) r.get("n"))
                .filter(n -> ((List<?>) n.get("labels")).contains("PersonRecord"))
                .map(n -> (String) ((Map<?, ?>) n.get("properties")).get("recordId")).collect(Collectors.toSet());
        assertThat(recordIds).isEqualTo(visible);
        // every node has the read API's id, and none is outside the model (audit events, versions, batches)
        assertThat(rows).allSatisfy(r -> assertThat(((Map<?, ?>) r.get("n")).get("id")).isNotNull());
        Set<String> labels = Runs.rows(as(roles, forces), "test-label-counts", Map.of()).stream()
                .map(r -> (String) r.get("label")).collect(Collectors.toSet());
        assertThat(labels).doesNotContain("AuditEvent", "Batch", "RecordVersion", "MatchDecision", "ReviewItem",
                "ResolutionModel");
        if (visible.isEmpty()) {
            assertThat(rows).isEmpty(); // not even a Force, Phone or Address survives without a visible record
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void phonesAreSeenOnlyThroughRecordsThatMayDiscloseThem(String who, Set<Role> roles, List<String> forces,
                                                          Set<String> visible) {
        List<Map<String, Object>> rows = Runs.rows(as(roles, forces), "test-phones", Map.of());
        Map<Object, Object> holders = rows.stream().collect(Collectors.toMap(r -> r.get("phone"), r -> r.get("holders")));
        // 888 is only on SUFFOLK's C record S3; 002 is the victim N2's, which a partner never learns
        assertThat(holders.containsKey("+447700900888")).isEqualTo(visible.contains("S3") && !roles.contains(Role.PARTNER));
        assertThat(holders.containsKey("+447700900002")).isEqualTo(visible.contains("N2") && !roles.contains(Role.PARTNER));
        // 003 is on NORFOLK's C record N3 and in the P advert AD2: seen through the advert, held by N3 only for NORFOLK
        if (holders.containsKey("+447700900003")) {
            assertThat((List<?>) holders.get("+447700900003")).isEqualTo(visible.contains("N3") ? List.of("N3") : List.of());
        }
        // 004 called 002 (calls alone reveal no number): the call data are there only between visible numbers
        assertThat(holders.keySet()).allSatisfy(phone -> assertThat(phone).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void aShippedInvestigationAnswersFromTheCallersViewOnly(String who, Set<Role> roles, List<String> forces,
                                                           Set<String> visible) {
        List<Map<String, Object>> rows = Runs.rows(as(roles, forces), "missing-persons-phones-in-adverts", Map.of());
        // N3 (NORFOLK, C) is missing and its phone is in AD2: only callers who see N3 learn it
        assertThat(rows).hasSize(visible.contains("N3") ? 1 : 0);
        List<Map<String, Object>> shared = Runs.rows(as(roles, forces), "nationals-sharing-addresses", Map.of());
        // N1 (HU) and N2 (BG) share an address; a partner may not learn the victim N2's address
        boolean seesBoth = visible.containsAll(Set.of("N1", "N2")) && !roles.contains(Role.PARTNER);
        assertThat(shared).hasSize(seesBoth ? 1 : 0);
    }
}
