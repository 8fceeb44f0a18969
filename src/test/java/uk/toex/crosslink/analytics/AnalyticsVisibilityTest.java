package uk.toex.crosslink.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * Groups and threats are computed from what each caller may see (docs/SECURITY.md): a partner of
 * KENT sees only KENT's P records, so the three-force ring shrinks below a group and only the KENT
 * crew remains; an auditor sees nothing.
 */
@CrosslinkTest
class AnalyticsVisibilityTest extends AnalyticsWorldTest {

    record Edge(String from, String to, String kind, String explanation) {
    }

    record Group(List<String> forces, List<Edge> evidence) {
    }

    @Test
    void aKentPartnerSeesOnlyGroupsBuiltFromKentsProtectedRecords() {
        List<Group> groups = graphQl.partner("KENT").documentName("discoveredGroups").variables(Map.of()).execute()
                .path("discoveredGroups").entityList(Group.class).get();
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.forces()).containsExactly("KENT");
            assertThat(g.evidence()).allSatisfy(e -> assertThat(e.explanation()).doesNotContain("ESSEX", "NORFOLK"));
        });
    }

    @Test
    void anAuditorSeesNoGroupThreatProfileOrFlag() {
        graphQl.auditor().documentName("discoveredGroups").variables(Map.of()).execute()
                .path("discoveredGroups").entityList(Object.class).hasSize(0);
        graphQl.auditor().documentName("priorityThreats").variables(Map.of()).execute()
                .path("priorityThreats").entityList(Object.class).hasSize(0);
        graphQl.auditor().documentName("forceProfile").variables(Map.of("force", "ESSEX", "profile", "VAWG",
                "subject", "OFFENDER", "first", 10)).execute().path("forceProfile").entityList(Object.class).hasSize(0);
        graphQl.auditor().documentName("harmFlags").variables(Map.of()).execute()
                .path("harmFlags.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void anEssexPartnerSeesNoOtherForcesOffencesInAProfile() {
        graphQl.partner("ESSEX").documentName("forceProfile").variables(Map.of("force", "ESSEX", "profile", "VAWG",
                "subject", "OFFENDER", "first", 10)).execute()
                .path("forceProfile[0].forces").entityList(String.class).isEqualTo(List.of("ESSEX"));
    }
}
