package uk.toex.crosslink.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;

/** Community detection over HTTP on the analytics world ({@link AnalyticsWorld}). */
@CrosslinkTest
class DiscoveredGroupsTest extends AnalyticsWorldTest {

    record Member(String entityId, List<Rec> records) {
        String recordIds() {
            return String.join("+", records.stream().map(Rec::recordId).sorted().toList());
        }
    }

    record Ocg(String key, String name) {
    }

    record Edge(String from, String to, String kind, String explanation) {
    }

    record Group(String id, List<Member> members, List<String> forces, double cohesion, boolean unmapped, int suspects,
                 List<Ocg> overlapsOcgs, List<Edge> evidence) {
        TreeSet<String> recordIds() {
            TreeSet<String> ids = new TreeSet<>();
            members.forEach(m -> ids.add(m.recordIds()));
            return ids;
        }
    }

    private List<Group> groups(GraphQlTester tester, Map<String, Object> variables) {
        return tester.documentName("discoveredGroups").variables(variables).execute()
                .path("discoveredGroups").entityList(Group.class).get();
    }

    @Test
    void findsTheSixPersonNetworkOverThreeForcesAndFlagsItUnmapped() {
        List<Group> groups = groups(graphQl.analyst("*"), Map.of());
        Group ring = groups.stream().filter(g -> g.recordIds().contains("G1")).findFirst().orElseThrow();
        assertThat(ring.recordIds()).containsExactly("G1", "G2", "G3", "G4", "G5", "G6");
        assertThat(ring.forces()).containsExactly("ESSEX", "KENT", "NORFOLK");
        assertThat(ring.unmapped()).isTrue();
        assertThat(ring.overlapsOcgs()).isEmpty();
        assertThat(ring.suspects()).isEqualTo(3);
        assertThat(ring.cohesion()).isBetween(0.0, 1.0);
        assertThat(ring.evidence()).extracting(Edge::kind).contains("PHONE", "EMAIL", "DOCUMENT");
        assertThat(ring.evidence()).anySatisfy(e -> assertThat(e.explanation()).contains("document PASSPORT:AL1234567"));
    }

    @Test
    void aGroupOverlappingAMappedOcgIsNotFlaggedUnmapped() {
        List<Group> groups = groups(graphQl.analyst("*"), Map.of());
        Group crew = groups.stream().filter(g -> g.recordIds().contains("M1")).findFirst().orElseThrow();
        assertThat(crew.recordIds()).containsExactly("M1", "M2", "M3", "M4");
        assertThat(crew.unmapped()).isFalse();
        assertThat(crew.overlapsOcgs()).extracting(Ocg::name).containsExactly("Dover crew");
        assertThat(groups(graphQl.analyst("*"), Map.of("unmappedOnly", true)))
                .noneMatch(g -> g.recordIds().contains("M1"));
    }

    @Test
    void aHouseholdSharingOnlyAHomeIsNoGroupAndOneResolvedPersonIsNoNetwork() {
        assertThat(groups(graphQl.analyst("*"), Map.of())).hasSize(2)
                .noneMatch(g -> g.recordIds().contains("H1"))
                .noneMatch(g -> g.recordIds().stream().anyMatch(r -> r.contains("E1")));
    }

    @Test
    void idsStayTheSameWhileMembershipDoes() {
        List<String> first = groups(graphQl.analyst("*"), Map.of()).stream().map(Group::id).toList();
        List<String> second = groups(graphQl.investigator("*"), Map.of()).stream().map(Group::id).toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void filtersByForce() {
        assertThat(groups(graphQl.analyst("*"), Map.of("forces", List.of("essex"))))
                .extracting(g -> g.recordIds().first()).containsExactly("G1");
    }
}
