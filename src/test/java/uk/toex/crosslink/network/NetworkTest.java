package uk.toex.crosslink.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorld;
import uk.toex.crosslink.support.InvestigationWorldTest;

/** Person.network, paths and connectingNetwork over HTTP against the {@link InvestigationWorld}. */
@CrosslinkTest
class NetworkTest extends InvestigationWorldTest {


    String georgi;
    String ivan;
    String dimitar;
    String nikolai;

    @Override
    protected void worldLoaded() {
        georgi = InvestigationWorld.personOf(cypher, "NORFOLK/ATHENA/N1");
        ivan = InvestigationWorld.personOf(cypher, "NORFOLK/ATHENA/N2");
        dimitar = InvestigationWorld.personOf(cypher, "SUFFOLK/NICHE/S2");
        nikolai = InvestigationWorld.personOf(cypher, "ESSEX/ATHENA/E2");
    }

    @Test
    void joinsThreeForcesOnlyThroughTheResolvedPersonAndExplainsEveryEdge() {
        Map<String, Object> network = network(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), georgi, 1, null);
        assertThat(ids((List<Map<String, Object>>) network.get("nodes"))).contains(georgi, ivan, dimitar, nikolai);
        List<Map<String, Object>> edges = (List<Map<String, Object>>) network.get("edges");
        assertThat(edge(edges, ivan).get("kind")).isEqualTo("ADDRESS");
        assertThat((String) edge(edges, ivan).get("explanation")).contains("12 Salhouse Road").contains("HOME")
                .contains("NORFOLK/ATHENA/N1").contains("NORFOLK/ATHENA/N2");
        assertThat(edge(edges, dimitar).get("kind")).isEqualTo("OCG");
        assertThat((String) edge(edges, dimitar).get("explanation")).contains("Black Sea crew").contains("PRINCIPAL");
        assertThat(edge(edges, nikolai).get("kind")).isEqualTo("CALL");
        assertThat((String) edge(edges, nikolai).get("explanation")).contains("+447700900555 called +447700900666")
                .contains("2 calls");
        assertThat((List<String>) edge(edges, nikolai).get("forces")).containsOnly("ESSEX");
    }

    @Test
    void capsAHubAndNamesIt() {
        Map<String, Object> network = network(graphQl.analyst("NORFOLK"), ivan, 2, null);
        assertThat((List<String>) network.get("cappedHubs")).containsExactly("phone +441603000000 (300 records)");
        // no resident reached through the switchboard: Ivan, Georgi (same address), and nothing behind the hub
        assertThat(ids((List<Map<String, Object>>) network.get("nodes"))).hasSizeLessThan(10).contains(ivan, georgi);
        // only the kinds asked for
        Map<String, Object> calls = network(graphQl.analyst("NORFOLK"), ivan, 1, List.of("CALL"));
        assertThat(ids((List<Map<String, Object>>) calls.get("nodes"))).containsExactly(ivan);
    }

    @Test
    void aCallerSeesOnlyEdgesThroughRecordsItMaySee() {
        // ESSEX handles its records C: a SUFFOLK analyst never reaches Nikolai through ESSEX's calls
        Map<String, Object> suffolk = network(graphQl.analyst("NORFOLK", "SUFFOLK"), georgi, 2, null);
        assertThat(ids((List<Map<String, Object>>) suffolk.get("nodes"))).contains(ivan, dimitar).doesNotContain(nikolai);
        assertThat(suffolk.toString()).doesNotContain("ESSEX");
        assertThat(paths(graphQl.analyst("NORFOLK", "SUFFOLK"), ivan, nikolai)).isEmpty();
    }

    @Test
    void findsTheShortestExplainedPathAcrossForces() {
        List<Map<String, Object>> paths = paths(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), ivan, nikolai);
        assertThat(paths).isNotEmpty();
        List<Map<String, Object>> hops = (List<Map<String, Object>>) paths.get(0).get("hops");
        assertThat(hops).extracting(h -> h.get("kind")).containsExactly("ADDRESS", "CALL");
        assertThat(((Map<?, ?>) hops.get(0).get("from")).get("id")).isEqualTo(ivan);
        assertThat(((Map<?, ?>) hops.get(1).get("to")).get("id")).isEqualTo(nikolai);
        assertThat(hops).allSatisfy(h -> assertThat((String) h.get("explanation")).isNotBlank());

        Map<String, Object> connecting = graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX").documentName("connectingNetwork")
                .variable("persons", List.of(ivan, dimitar, nikolai)).execute().path("connectingNetwork")
                .entity(Map.class).get();
        assertThat(ids((List<Map<String, Object>>) connecting.get("nodes"))).contains(ivan, dimitar, nikolai, georgi);
    }

    @Test
    void refusesDepthBeyondTheCap() {
        graphQl.analyst("NORFOLK").documentName("personNetwork").variable("id", georgi).variable("depth", 4).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("depth must be between 1 and 3")));
    }

    Map<String, Object> network(GraphQlTester tester, String person, int depth, List<String> via) {
        return tester.documentName("personNetwork").variable("id", person).variable("depth", depth).variable("via", via)
                .execute().path("person.network").entity(Map.class).get();
    }

    List<Map<String, Object>> paths(GraphQlTester tester, String from, String to) {
        return tester.documentName("paths").variable("from", from).variable("to", to).execute()
                .path("paths").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
    }

    static List<String> ids(List<Map<String, Object>> nodes) {
        return nodes.stream().map(n -> (String) n.get("id")).toList();
    }

    static Map<String, Object> edge(List<Map<String, Object>> edges, String other) {
        return edges.stream().filter(e -> other.equals(e.get("to")) || other.equals(e.get("from"))).findFirst().orElseThrow();
    }
}
