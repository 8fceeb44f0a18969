package uk.toex.crosslink.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.Composition;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Reads one level of a request in one statement and one transaction: the parents (nodes by key, or a
 * list's page) and every nested list and record list their fields ask for ({@link NestedReads}), composed
 * from the same files that read each alone ({@code cypher/levels/}), so each part keeps its own
 * visibility and paging and answers exactly what it answers alone. A person with records, addresses
 * and phones is one statement, where one per DataLoader was four.
 */
@Component
public class LevelReader {

    private final CypherRunner cypher;
    private final GraphNodes nodes;
    private final LinkReader links;
    private final PersonRecordReader records;

    public LevelReader(CypherRunner cypher, GraphNodes nodes, LinkReader links, PersonRecordReader records) {
        this.cypher = cypher;
        this.nodes = nodes;
        this.links = links;
        this.records = records;
    }

    /** A parent and what its level read for it. */
    public record Found(GraphNode node, Nested nested) {
    }

    /** Visible nodes of one kind by key with what the level asks of each; hidden or absent keys are left out. */
    public Map<String, Found> nodes(AccessScope scope, NodeKind kind, Collection<String> keys, NestedReads level) {
        Map<String, Object> params = LevelParts.params(level);
        params.put("keys", List.copyOf(keys));
        Map<String, Found> found = new HashMap<>();
        Composition statement = LevelParts.composition("levels/nodes", kind.nodeQuery(), level);
        for (Map<String, Object> row : cypher.read(statement, scope, params)) {
            found.putIfAbsent((String) row.get("key"), found(scope, level, row));
        }
        return found;
    }

    /** Pages of a nested list by parent key, and what the level read for each node on them by its key. */
    public record LinkLevel(Map<String, Connection> pages, Map<String, Nested> nested) {
    }

    /** One page of a nested list for many parents, with what the level asks of every node on those pages. */
    @SuppressWarnings("unchecked")
    public LinkLevel links(AccessScope scope, Link link, Collection<String> keys, PageRequest page, NestedReads level) {
        int skip = Cursor.offsetAfter(page.after());
        Map<String, Object> params = LevelParts.params(level);
        params.put("keys", List.copyOf(keys));
        params.put("skip", skip);
        params.put("limit", page.first());
        params.put("levelKey", level.parentKind().keyProperty());
        Map<String, Connection> pages = new HashMap<>();
        Map<String, Nested> nested = new HashMap<>();
        Composition statement = LevelParts.composition("levels/links", link.query(), level);
        for (Map<String, Object> row : cypher.read(statement, scope, params)) {
            Connection connection = links.connection(scope, row, skip);
            pages.put((String) row.get("key"), connection);
            List<List<List<Object>>> children = (List<List<List<Object>>>) row.get("levelChildren");
            for (int i = 0; i < children.size(); i++) {
                GraphNode node = (GraphNode) connection.edges().get(i).get("node");
                nested.putIfAbsent(node.key(), nested(scope, level, children.get(i)));
            }
        }
        keys.forEach(key -> pages.putIfAbsent(key, Connection.empty(skip > 0)));
        return new LinkLevel(pages, nested);
    }

    /** The rows of a list's page file ({@code pageParams} its own parameters), in the page's order. */
    List<Found> page(AccessScope scope, String pageQuery, Map<String, Object> pageParams, NestedReads level) {
        Map<String, Object> params = LevelParts.params(level);
        params.putAll(pageParams);
        params.put("levelKey", level.parentKind().keyProperty());
        return cypher.read(LevelParts.composition("levels/list", pageQuery, level), scope, params).stream()
                .map(row -> found(scope, level, row)).toList();
    }

    @SuppressWarnings("unchecked")
    private Found found(AccessScope scope, NestedReads level, Map<String, Object> row) {
        return new Found(nodes.from(scope, (Map<String, Object>) row.get("node")),
                nested(scope, level, (List<List<Object>>) row.get("children")));
    }

    private Nested nested(AccessScope scope, NestedReads level, List<List<Object>> children) {
        return LevelParts.nested(scope, level, children, links, records);
    }
}
