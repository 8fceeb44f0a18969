package uk.toex.crosslink.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/** Finds nodes of one type by key, keeping only those the scope may see, in one query per type. */
@Component
public class NodeReader {

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public NodeReader(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    /** Visible nodes by key; keys that do not exist or are hidden are absent from the map. */
    public Map<String, GraphNode> find(AccessScope scope, String type, Collection<String> keys) {
        NodeKind kind = NodeKind.of(type).orElseThrow(() -> new IllegalArgumentException("No node type " + type));
        Map<String, GraphNode> found = new HashMap<>();
        for (Map<String, Object> row : cypher.read(kind.nodeQuery(), scope, Map.of("keys", List.copyOf(keys)))) {
            found.putIfAbsent((String) row.get("key"), node(scope, row));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private GraphNode node(AccessScope scope, Map<String, Object> row) {
        return nodes.from(scope, (Map<String, Object>) row.get("node"));
    }
}
