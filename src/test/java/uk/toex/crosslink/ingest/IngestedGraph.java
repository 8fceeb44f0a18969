package uk.toex.crosslink.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an ingest left in the store, as sorted text, so two runs can be compared whole: every node
 * and relationship with run-specific values (batch ids, timestamps) left out, also inside the
 * contents of superseded versions. Resolution's layer (persons, its model, links and review items)
 * is left out too: which person a record resolves to follows the model trained so far, not ingest.
 * So are search's words (derived from each record after its rows land, and in the background after
 * a first load): they are search's index, not what the force sent; and the {@code Unplaced} label,
 * resolution's mark of a record it has still to place.
 */
final class IngestedGraph {

    private static final List<String> RUN_SPECIFIC =
            List.of("batchId", "ingestedAt", "firstIngestedAt", "resolvedAt", "supersededAt", "searchText", "searchVersion");
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestedGraph() {
    }

    static List<String> of(StoreQueries store) {
        List<String> out = new ArrayList<>();
        store.rows("MATCH (n) WHERE NOT n:Batch AND NOT n:Person AND NOT n:ResolutionModel AND NOT n:ReviewItem AND NOT n:PersonFacts"
                + " RETURN labels(n) AS l, properties(n) AS p").forEach(r ->
                out.add(labels(r.get("l").asList(org.neo4j.driver.Value::asString)) + stable(r.get("p").asMap())));
        store.rows("MATCH (a)-[r]->(b) WHERE NOT a:Batch AND NOT b:Person AND type(r) <> 'RESOLUTION_LINK'"
                + " RETURN type(r) AS t, properties(a) AS a, properties(r) AS p, properties(b) AS b")
                .forEach(r -> out.add(r.get("t").asString() + stable(r.get("a").asMap()) + stable(r.get("p").asMap())
                        + stable(r.get("b").asMap())));
        out.sort(null);
        return out;
    }

    private static String labels(List<String> labels) {
        java.util.TreeSet<String> kept = new java.util.TreeSet<>(labels);
        kept.remove("Unplaced");
        return kept.toString();
    }

    private static String stable(Map<String, Object> props) {
        Map<String, Object> kept = new TreeMap<>(props);
        RUN_SPECIFIC.forEach(kept::remove);
        if (kept.get("content") instanceof String content) {
            try {
                Map<String, Object> old = new TreeMap<>(JSON.readValue(content, new TypeReference<Map<String, Object>>() { }));
                RUN_SPECIFIC.forEach(old::remove);
                kept.put("content", old);
            } catch (Exception e) {
                throw new IllegalStateException("unreadable version content", e);
            }
        }
        return kept.toString();
    }
}
