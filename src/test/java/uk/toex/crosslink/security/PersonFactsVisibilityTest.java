package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import uk.toex.crosslink.security.MatrixViews.PersonSeen;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * The lists and counts that read the per-person facts instead of the records (persons by force,
 * crossForcePersons, forceLinkage) over HTTP, for every caller of the matrix: each answers exactly
 * what the written rule ({@link WrittenRule} via {@link MatrixExpectation}) lets the caller see.
 */
@CrosslinkTest
class PersonFactsVisibilityTest extends MatrixHttpTest {

    private static final List<String> ASKED_FORCES = List.of("NORFOLK", "SUFFOLK", "KENT");

    @Test
    void theMatrixWorldIsReadThroughCurrentFacts() {
        assertThat(cypher.systemRead("facts/is-current", Map.of()).get(0).get("current")).isEqualTo(true);
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void personsOfAForceListAndCountExactlyThePersonsWithAVisibleRecordOfThatForce(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (String force : ASKED_FORCES) {
            List<String> ids = personsOf(expected, force);
            Response response = requests.ask(caller(role, forces), "matrixPersonsByForce", Map.of("force", force));
            response.path("persons.totalCount").entity(Integer.class).isEqualTo(ids.size());
            response.path("persons.edges[*].node").entityList(PersonSeen.class)
                    .isEqualTo(ids.stream().map(expected::person).toList());
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void crossForcePersonsAreThoseWithVisibleRecordsOfTwoForces(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Map<String, Long> forcesSeen = expected.records().stream()
                .collect(Collectors.groupingBy(Rec::personId, Collectors.mapping(Rec::force,
                        Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        for (int minForces : List.of(1, 2)) {
            List<String> ids = forcesSeen.entrySet().stream().filter(e -> e.getValue() >= minForces)
                    .map(Map.Entry::getKey).sorted().toList();
            Response response = requests.ask(caller(role, forces), "matrixCrossForce", Map.of("minForces", minForces));
            response.path("crossForcePersons.totalCount").entity(Integer.class).isEqualTo(ids.size());
            response.path("crossForcePersons.edges[*].node.entityId").entityList(String.class).isEqualTo(ids);
        }
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("callers")
    void forceLinkageCountsOnlyPersonsWithVisibleRecordsOfBothForces(Role role, List<String> forces) {
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        for (String force : ASKED_FORCES) {
            List<String> own = personsOf(expected, force);
            Response response = requests.ask(caller(role, forces), "matrixForceLinkage", Map.of("force", force));
            response.path("forceLinkage.persons").entity(Integer.class).isEqualTo(own.size());
            Map<String, Integer> shared = MatrixWorld.FORCES.stream().filter(other -> !other.equals(force))
                    .collect(Collectors.toMap(other -> other,
                            other -> (int) personsOf(expected, other).stream().filter(own::contains).count()));
            shared.values().removeIf(n -> n == 0);
            List<Map<String, Object>> seen = response.path("forceLinkage.sharedWith").entityList(Map.class).get()
                    .stream().map(m -> (Map<String, Object>) m).filter(m -> ((Number) m.get("persons")).intValue() > 0)
                    .toList();
            assertThat(seen.stream().collect(Collectors.toMap(m -> (String) m.get("force"),
                    m -> ((Number) m.get("persons")).intValue()))).as("%s shared", force).isEqualTo(shared);
        }
    }

    private static List<String> personsOf(MatrixExpectation expected, String force) {
        return expected.recordsOfForce(force).stream().map(Rec::personId).distinct().sorted().toList();
    }

    private static Caller caller(Role role, List<String> forces) {
        return MatrixCallers.caller(role, forces);
    }
}
