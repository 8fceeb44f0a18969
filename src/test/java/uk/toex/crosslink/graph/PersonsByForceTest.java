package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.Fixtures;

/**
 * The persons list filtered by force walks from the force's records (persons-by-force) rather than
 * testing every person, and lists exactly whom the general query (persons with its force filter)
 * lists, page by page and in its count, for every kind of caller and force.
 */
@CrosslinkTest
class PersonsByForceTest {

    @Autowired
    ListReader lists;
    @Autowired
    CypherRunner cypher;

    @BeforeEach
    void load() {
        Fixtures.load("world", "crowd");
    }

    static Stream<Object[]> callersAndForces() {
        List<AccessScope> callers = List.of(
                scope(Role.ADMIN, "NORFOLK"), scope(Role.ANALYST, "SUFFOLK"), scope(Role.PARTNER, "NORFOLK"),
                scope(Role.INVESTIGATOR, "ESSEX"), scope(Role.ANALYST, "*"), scope(Role.AUDITOR, "NORFOLK"));
        return callers.stream().flatMap(c -> Stream.of("NORFOLK", "SUFFOLK", "ESSEX", "KENT").map(f -> new Object[] {c, f}));
    }

    @ParameterizedTest
    @MethodSource("callersAndForces")
    void listsAndCountsWhomTheGeneralQueryListsForTheForce(AccessScope caller, String force) {
        ListFilter filter = ListFilter.none().with("force", force);
        List<String> paged = Stream.concat(
                keys(lists.page(caller, Listing.PERSONS, filter, PageRequest.of(2, null), false)).stream(),
                keys(lists.page(caller, Listing.PERSONS, filter, PageRequest.of(50, Cursor.ofKey(firstTwo(caller, force))), false))
                        .stream()).toList();
        long counted = lists.page(caller, Listing.PERSONS, filter, PageRequest.of(1, null), true).totalCount();

        List<String> general = cypher.read("queries/lists/persons", caller, params(force, null, 1000)).stream()
                .map(row -> (String) props(row).get("id")).toList();
        Object generalCount = cypher.readOne("queries/lists/persons-count", caller, params(force, null, 0)).get("total");
        assertThat(paged).isEqualTo(general);
        assertThat(counted).isEqualTo(((Number) generalCount).longValue()).isEqualTo(general.size());
    }

    private String firstTwo(AccessScope caller, String force) {
        List<String> first = keys(lists.page(caller, Listing.PERSONS, ListFilter.none().with("force", force),
                PageRequest.of(2, null), false));
        return first.isEmpty() ? "" : first.get(first.size() - 1);
    }

    private static List<String> keys(Connection page) {
        return page.edges().stream().map(e -> ((GraphNode) e.get("node")).key()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) ((Map<String, Object>) row.get("node")).get("props");
    }

    private static Map<String, Object> params(String force, String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("force", force);
        params.put("after", after);
        params.put("limit", limit);
        return params;
    }

    private static AccessScope scope(Role role, String force) {
        return Caller.of(role.name().toLowerCase(), Set.of(role), List.of(force)).scope();
    }
}
