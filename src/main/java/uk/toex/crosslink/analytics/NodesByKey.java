package uk.toex.crosslink.analytics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.GraphNodes;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * The nodes behind an analytics answer (offences, person records, OCGs) by key, in one query per
 * kind, only those the caller may see: a key the caller may not see simply yields nothing.
 */
@Component
public class NodesByKey {

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public NodesByKey(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    /** {@code kind}: offences, records or ocgs. */
    @SuppressWarnings("unchecked")
    public Map<String, GraphNode> read(AccessScope scope, String kind, Collection<String> keys) {
        Map<String, GraphNode> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Map<String, Object> row : cypher.read("analytics/" + kind + "-by-key", scope, Map.of("keys", List.copyOf(keys)))) {
            found.put((String) row.get("key"), nodes.from(scope, (Map<String, Object>) row.get("node")));
        }
        return found;
    }
}
