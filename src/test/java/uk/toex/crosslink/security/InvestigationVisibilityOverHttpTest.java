package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * The investigation API under the role × force matrix over HTTP: search, deconfliction and advert
 * clusters reach exactly the persons whose records the caller may see and that may lead to contact
 * details (never a person protected from a partner), and exactly the visible adverts. Expectations
 * come from the written rule ({@link MatrixExpectation}); every request leaves one audit event.
 */
@CrosslinkTest
class InvestigationVisibilityOverHttpTest extends MatrixHttpTest {

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void searchAndDeconflictReachExactlyThePersonsTheCallerMayReachFromAPhone(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Set<String> reachable = new TreeSet<>(expected.contactRecords().stream().map(Rec::personId).toList());
        Response search = requests.ask(MatrixCallers.caller(role, forces), "matrixSearch",
                Map.of("phone", MatrixWorld.PHONE_AS_RECORDED));
        assertThat(new TreeSet<>(search.path("searchPersons[*].person.entityId").entityList(String.class).get()))
                .isEqualTo(reachable);
        Response deconflict = requests.ask(MatrixCallers.caller(role, forces), "matrixDeconflict",
                Map.of("phone", MatrixWorld.PHONE_AS_RECORDED));
        List<Map> hits = deconflict.path("deconflict").entityList(Map.class).get();
        assertThat(new TreeSet<>(hits.stream().filter(h -> h.get("person") != null)
                .map(h -> (String) ((Map<?, ?>) h.get("person")).get("entityId")).toList())).isEqualTo(reachable);
        Set<String> visibleForces = new TreeSet<>(expected.records().stream().map(Rec::force).toList());
        expected.containers("Advert").forEach(c -> visibleForces.add(c.force()));
        expected.containers("Operation").forEach(c -> visibleForces.add(c.force()));
        assertThat(hits).allSatisfy(h -> assertThat(visibleForces).contains((String) h.get("force")));
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void advertClustersHoldExactlyTheVisibleAdvertsAndReachablePersons(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        List<String> adverts = expected.containers("Advert").stream().map(Container::key).sorted().toList();
        Response response = requests.ask(MatrixCallers.caller(role, forces), "matrixAdvertClusters");
        List<String> clustered = response.path("advertClusters.edges[*].node.adverts[*].key").entityList(String.class).get();
        if (adverts.size() < 2) {
            assertThat(clustered).isEmpty();
            return;
        }
        assertThat(clustered).isEqualTo(adverts); // one phone for all: one cluster
        assertThat(new TreeSet<>(response.path("advertClusters.edges[0].node.persons[*].entityId").entityList(String.class).get()))
                .isEqualTo(new TreeSet<>(expected.contactRecords().stream().map(Rec::personId).toList()));
    }
}
