package uk.toex.crosslink.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Reads one page of a nested list for many parents in a single query (the batch behind a
 * DataLoader), so a page of 50 persons costs one query per field, not 50.
 */
@Component
public class LinkReader {

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public LinkReader(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    /**
     * One connection per parent key; parents without neighbours get an empty connection. A query
     * that may leave out protected persons' contact details returns a {@code withheld} column,
     * and returns a row for every parent so that the marker is never lost with an empty list.
     */
    public Map<String, Connection> read(AccessScope scope, Link link, Collection<String> keys, PageRequest page) {
        int skip = Cursor.offsetAfter(page.after());
        Map<String, Connection> pages = new HashMap<>();
        List<Map<String, Object>> rows = cypher.read(link.query(), scope,
                Map.of("keys", List.copyOf(keys), "skip", skip, "limit", page.first()));
        for (Map<String, Object> row : rows) {
            pages.put((String) row.get("key"), connection(scope, row, skip));
        }
        keys.forEach(key -> pages.putIfAbsent(key, Connection.empty(skip > 0)));
        return pages;
    }

    /** One parent's page from its row of a link file ({@code total}, {@code items}, {@code withheld}). */
    @SuppressWarnings("unchecked")
    Connection connection(AccessScope scope, Map<String, Object> row, int skip) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) row.get("items");
        long total = ((Number) row.get("total")).longValue();
        List<Map<String, Object>> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge(scope, items.get(i), skip + i));
        }
        return Connection.of(edges, skip + items.size() < total, skip > 0, total)
                .withheld(Boolean.TRUE.equals(row.get("withheld")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> edge(AccessScope scope, Map<String, Object> item, int index) {
        Map<String, Object> edge = new LinkedHashMap<>(item);
        edge.put("cursor", Cursor.ofOffset(index));
        edge.put("node", nodes.from(scope, (Map<String, Object>) item.get("node")));
        if (item.get("record") instanceof Map<?, ?> record) {
            edge.put("record", nodes.from(scope, (Map<String, Object>) record));
        }
        return edge;
    }
}
