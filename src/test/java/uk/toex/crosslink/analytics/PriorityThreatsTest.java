package uk.toex.crosslink.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.CrosslinkTest;

/** Priority threats over HTTP on the analytics world ({@link AnalyticsWorld}). */
@CrosslinkTest
class PriorityThreatsTest extends AnalyticsWorldTest {

    record Ocg(String key, String name) {
    }

    record Group(String id, boolean unmapped, List<String> forces) {
    }

    record Threat(int rank, double score, List<Component> components, Ocg ocg, Group group) {
    }

    private List<Threat> threats(Map<String, Object> variables) {
        return graphQl.analyst("*").documentName("priorityThreats").variables(variables).execute()
                .path("priorityThreats").entityList(Threat.class).get();
    }

    @Test
    void ranksTheUnmappedThreeForceNetworkAboveTheSmallMappedCrew() {
        List<Threat> threats = threats(Map.of());
        assertThat(threats).hasSize(2);
        assertThat(threats.get(0).group().unmapped()).isTrue();
        assertThat(threats.get(0).group().forces()).containsExactly("ESSEX", "KENT", "NORFOLK");
        assertThat(threats.get(0).ocg()).isNull();
        assertThat(threats.get(1).ocg().name()).isEqualTo("Dover crew");
        assertThat(threats).extracting(Threat::rank).containsExactly(1, 2);
    }

    @Test
    void scoreIsTheWeightedMeanOfHarmReachCapabilityAndRecency() {
        for (Threat t : threats(Map.of())) {
            assertThat(t.components()).extracting(Component::name).containsExactly("harm", "reach", "capability", "recency");
            double weights = t.components().stream().mapToDouble(Component::weight).sum();
            double mean = t.components().stream().mapToDouble(c -> c.value() * c.weight()).sum() / weights;
            assertThat(t.score()).isCloseTo(100 * mean, within(0.01));
        }
        Component reach = threats(Map.of()).get(0).components().get(1);
        // three forces, two nationalities (RO, AL)
        assertThat(reach.value()).isCloseTo(0.6 * 2 / 3 + 0.4 / 3, within(0.001));
        assertThat(reach.explanation()).contains("3 forces", "2 nationalities");
    }

    @Test
    void aForceFilterKeepsThreatsWithARecordOfThatForce() {
        assertThat(threats(Map.of("force", "kent"))).hasSize(2);
        assertThat(threats(Map.of("force", "ESSEX"))).extracting(t -> t.group() != null).containsExactly(true);
        assertThat(threats(Map.of("force", "SUFFOLK"))).isEmpty();
    }
}
