package uk.toex.crosslink.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorld;
import uk.toex.crosslink.support.InvestigationWorldTest;

/** deconflict over HTTP against the ingested and resolved {@link InvestigationWorld}. */
@CrosslinkTest
class DeconflictTest extends InvestigationWorldTest {


    @Test
    void namesEveryForceAndOperationHoldingAPersonOpenOnesFirstWithTheLeadOfficer() {
        String georgi = InvestigationWorld.personOf(cypher, "NORFOLK/ATHENA/N1");
        List<Map<String, Object>> hits = deconflict(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), Map.of("person", georgi));
        assertThat(operations(hits).subList(0, 2)).containsExactlyInAnyOrder("Operation Heron", "Operation Kestrel");
        assertThat(operations(hits)).contains("Operation Wren");
        assertThat(operations(hits).indexOf("Operation Wren")).isGreaterThan(operations(hits).indexOf("Operation Kestrel"));
        Map<String, Object> kestrel = hit(hits, "Operation Kestrel");
        assertThat(kestrel.get("force")).isEqualTo("NORFOLK");
        assertThat(((Map<?, ?>) kestrel.get("operation")).get("leadOfficer")).isEqualTo("DI Jane Cole");
        assertThat((List<String>) kestrel.get("via")).anySatisfy(v -> assertThat(v).contains("suspect of Operation Kestrel")
                .contains("NORFOLK/ATHENA/N1"));
        // every force holding one of his records, outside any operation too
        assertThat(hits).filteredOn(h -> h.get("operation") == null).extracting(h -> h.get("force"))
                .contains("NORFOLK", "SUFFOLK", "ESSEX");
    }

    @Test
    void reachesOperationsThroughASharedIdentifierOrASearch() {
        // the phone N1 and S1 hold leads to both forces' operations on Georgi
        List<Map<String, Object>> byPhone = deconflict(graphQl.analyst("NORFOLK", "SUFFOLK"), Map.of("phone", "+44 7700 900123"));
        assertThat(operations(byPhone)).contains("Operation Heron", "Operation Kestrel");
        assertThat(hit(byPhone, "Operation Heron").get("via").toString()).contains("holds phone +447700900123");
        // a search in Cyrillic finds him, and through him the same operations
        List<Map<String, Object>> bySearch = deconflict(graphQl.analyst("NORFOLK", "SUFFOLK"),
                Map.of("search", Map.of("name", "Стоянов Георги", "dob", "1984-03-07")));
        assertThat(operations(bySearch)).contains("Operation Heron", "Operation Kestrel", "Operation Wren");
        // an advert's operation, and the victim behind its phone, from the advert's address
        List<Map<String, Object>> byAddress = deconflict(graphQl.analyst("SUFFOLK"),
                Map.of("postcode", "ip14aa", "addressLine", "Flat 2, 40 Norwich Road"));
        assertThat(byAddress.toString()).contains("advert SUFFOLK/NICHE/AD0 placed at");
        String advert = GlobalId.encode("Advert", "SUFFOLK/NICHE/AD0");
        assertThat(operations(deconflict(graphQl.analyst("SUFFOLK"), Map.of("advert", advert)))).contains("Operation Heron");
    }

    @Test
    void countsOnlyWhatTheCallerMaySee() {
        String georgi = InvestigationWorld.personOf(cypher, "NORFOLK/ATHENA/N1");
        // ESSEX handles its records C: a SUFFOLK analyst learns nothing of ESSEX
        assertThat(deconflict(graphQl.analyst("SUFFOLK"), Map.of("person", georgi)))
                .allSatisfy(h -> assertThat(h.get("force")).isNotEqualTo("ESSEX"));
        assertThat(deconflict(graphQl.analyst("ESSEX"), Map.of("person", georgi)))
                .extracting(h -> h.get("force")).contains("ESSEX", "NORFOLK", "SUFFOLK");
        // a partner of SUFFOLK never reaches the VICTIM flagged Elena Marin through the advert phone
        assertThat(deconflict(graphQl.partner("SUFFOLK"), Map.of("phone", InvestigationWorld.ADVERT_PHONE)))
                .allSatisfy(h -> assertThat(h.get("person")).isNull());
        assertThat(deconflict(graphQl.analyst("SUFFOLK"), Map.of("phone", InvestigationWorld.ADVERT_PHONE)))
                .anySatisfy(h -> assertThat(h.get("person")).isNotNull());
    }

    @Test
    void leavesAnAuditEventWithTheSubjectHashed() {
        deconflict(graphQl.as("deconfliction-audit", Set.of(Role.ANALYST), "SUFFOLK"), Map.of("phone", "07700 900123"));
        Map<String, Object> event = cypher.readOne("test/latest-audit-event", AccessScope.system(),
                Map.of("subject", "deconfliction-audit"));
        assertThat(event.get("outcome")).isEqualTo("ok");
        assertThat((List<String>) event.get("fields")).contains("deconflict");
        assertThat((String) event.get("variables")).contains("hmac:").doesNotContain("07700").doesNotContain("900123");
        assertThat((List<String>) event.get("valueHashes")).isNotEmpty();
    }

    @Test
    void refusesAnythingButExactlyOneSubject() {
        graphQl.analyst("NORFOLK").documentName("deconflict")
                .variable("input", Map.of("phone", "07700 900123", "postcode", "NR7 9AB")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("exactly one of person, phone")));
    }

    static List<Map<String, Object>> deconflict(HttpGraphQlTester tester, Map<String, Object> input) {
        return tester.documentName("deconflict").variable("input", input).execute()
                .path("deconflict").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
    }

    static List<String> operations(List<Map<String, Object>> hits) {
        return hits.stream().filter(h -> h.get("operation") != null)
                .map(h -> (String) ((Map<?, ?>) h.get("operation")).get("name")).distinct().toList();
    }

    static Map<String, Object> hit(List<Map<String, Object>> hits, String operation) {
        return hits.stream().filter(h -> h.get("operation") != null
                && operation.equals(((Map<?, ?>) h.get("operation")).get("name"))).findFirst().orElseThrow();
    }
}
