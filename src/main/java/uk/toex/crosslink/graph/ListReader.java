package uk.toex.crosslink.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Pages through a top-level list by key, so that deep pages cost as little as the first and a
 * page stays stable while records arrive. Counting is a separate query, run only when asked for.
 */
@Component
public class ListReader {

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public ListReader(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    public Connection page(AccessScope scope, Listing listing, PageRequest page, boolean counted) {
        return page(scope, listing, ListFilter.none(), page, counted);
    }

    @SuppressWarnings("unchecked")
    public Connection page(AccessScope scope, Listing listing, ListFilter filter, PageRequest page, boolean counted) {
        String afterKey = Cursor.keyAfter(page.after());
        Map<String, Object> params = filters(listing, filter);
        params.put("after", afterKey);
        params.put("limit", page.first() + 1);
        List<Map<String, Object>> rows = page.first() == 0 ? List.of() : cypher.read(listing.pageQuery(filter), scope, params);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), page.first()))) {
            GraphNode node = nodes.from(scope, (Map<String, Object>) row.get("node"));
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("cursor", Cursor.ofKey(node.key()));
            edge.put("node", node);
            edges.add(edge);
        }
        long total = counted ? count(scope, listing, filter) : 0;
        return Connection.of(edges, rows.size() > page.first(), afterKey != null, total);
    }

    private long count(AccessScope scope, Listing listing, ListFilter filter) {
        Map<String, Object> row = cypher.readOne(listing.countQuery(filter), scope, filters(listing, filter));
        return row == null ? 0 : ((Number) row.get("total")).longValue();
    }

    /** Every filter the list's queries take, null when not asked for. */
    private static Map<String, Object> filters(Listing listing, ListFilter filter) {
        Map<String, Object> params = new HashMap<>();
        listing.filters().forEach(name -> params.put(name, filter.get(name)));
        return params;
    }
}
