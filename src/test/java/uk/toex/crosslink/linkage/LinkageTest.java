package uk.toex.crosslink.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorld;
import uk.toex.crosslink.support.InvestigationWorldTest;

/** crossForcePersons and forceLinkage over HTTP against the {@link InvestigationWorld}. */
@CrosslinkTest
class LinkageTest extends InvestigationWorldTest {


    @Test
    void listsThePersonsKnownToSeveralForcesWithTheirForcesAndSystems() {
        String georgi = InvestigationWorld.personOf(cypher, "NORFOLK/ATHENA/N1");
        Map<String, Object> all = cross(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), 3, null);
        assertThat(all.get("totalCount")).isEqualTo(1);
        Map<String, Object> node = (Map<String, Object>) ((List<Map<String, Object>>) all.get("edges")).get(0).get("node");
        assertThat(node.get("id")).isEqualTo(georgi);
        assertThat((List<String>) node.get("forces")).containsExactly("ESSEX", "NORFOLK", "SUFFOLK");
        assertThat(node.get("records").toString()).contains("NICHE", "ATHENA");
        // ESSEX's records are C: without ESSEX, he is known to two forces only
        assertThat(cross(graphQl.analyst("NORFOLK", "SUFFOLK"), 3, null).get("totalCount")).isEqualTo(0);
        assertThat(cross(graphQl.analyst("NORFOLK", "SUFFOLK"), 2, null).get("totalCount")).isEqualTo(1);
        assertThat(cross(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), 2, List.of("NORFOLK", "ESSEX")).get("totalCount"))
                .isEqualTo(1);
    }

    @Test
    void countsWhatEachOtherForceAlsoHolds() {
        Map<String, Object> norfolk = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX").documentName("forceLinkage")
                .variable("force", "NORFOLK").execute().path("forceLinkage").entity(Map.class).get();
        assertThat(norfolk.get("persons")).isEqualTo(InvestigationWorld.HUB_RESIDENTS + 3);
        List<Map<String, Object>> shared = (List<Map<String, Object>>) norfolk.get("sharedWith");
        assertThat(shared).extracting(s -> s.get("force")).containsExactlyInAnyOrder("SUFFOLK", "ESSEX");
        Map<String, Object> suffolk = shared.stream().filter(s -> "SUFFOLK".equals(s.get("force"))).findFirst().orElseThrow();
        assertThat(suffolk.get("persons")).isEqualTo(1);
        assertThat(suffolk.get("phones")).isEqualTo(1);
        // a SUFFOLK-only analyst sees NORFOLK's P records too, never ESSEX's C ones
        Map<String, Object> bySuffolk = graphQl.analyst("SUFFOLK").documentName("forceLinkage").variable("force", "NORFOLK")
                .execute().path("forceLinkage").entity(Map.class).get();
        assertThat(bySuffolk.toString()).doesNotContain("ESSEX");
    }

    Map<String, Object> cross(GraphQlTester tester, int minForces, List<String> forces) {
        return tester.documentName("crossForcePersons").variable("minForces", minForces).variable("forces", forces)
                .execute().path("crossForcePersons").entity(Map.class).get();
    }
}
