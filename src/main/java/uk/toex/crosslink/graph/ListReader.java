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
    private final LevelReader levels;

    public ListReader(CypherRunner cypher, GraphNodes nodes, LevelReader levels) {
        this.cypher = cypher;
        this.nodes = nodes;
        this.levels = levels;
    }

    public Connection page(AccessScope scope, Listing listing, PageRequest page, boolean counted) {
        return page(scope, listing, ListFilter.none(), page, counted);
    }

    public Connection page(AccessScope scope, Listing listing, ListFilter filter, PageRequest page, boolean counted) {
        return page(scope, listing, filter, page, counted, NestedReads.none()).connection();
    }

    /** A page and, in the same statement, what the level asks of each node on it ({@link LevelReader}). */
    public LevelPage page(AccessScope scope, Listing listing, ListFilter filter, PageRequest page, boolean counted,
                          NestedReads level) {
        String afterKey = Cursor.keyAfter(page.after());
        Map<String, Object> params = filters(listing, filter);
        params.put("after", afterKey);
        params.put("limit", page.first() + 1);
        List<LevelReader.Found> rows = page.first() == 0 ? List.of() : rows(scope, listing.pageQuery(filter), params, level);
        List<Map<String, Object>> edges = new ArrayList<>();
        Map<String, Nested> nested = new HashMap<>();
        for (LevelReader.Found row : rows.subList(0, Math.min(rows.size(), page.first()))) {
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("cursor", Cursor.ofKey(row.node().key()));
            edge.put("node", row.node());
            edges.add(edge);
            if (row.nested() != null) {
                nested.put(row.node().key(), row.nested());
            }
        }
        long total = counted ? count(scope, listing, filter) : 0;
        return new LevelPage(Connection.of(edges, rows.size() > page.first(), afterKey != null, total), nested);
    }

    /** A page of a list with what its level read for each node, by the node's key. */
    public record LevelPage(Connection connection, Map<String, Nested> nested) {
    }

    @SuppressWarnings("unchecked")
    private List<LevelReader.Found> rows(AccessScope scope, String query, Map<String, Object> params, NestedReads level) {
        if (!level.isEmpty()) {
            return levels.page(scope, query, params, level);
        }
        return cypher.read(query, scope, params).stream()
                .map(row -> new LevelReader.Found(nodes.from(scope, (Map<String, Object>) row.get("node")), null))
                .toList();
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
