package uk.toex.crosslink.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.Composition;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Reads one level of a request in one statement and one transaction: the parents (nodes by key, or a
 * list's page) and every nested list and record list their fields ask for ({@link Level}), composed
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
    public Map<String, Found> nodes(AccessScope scope, NodeKind kind, Collection<String> keys, Level level) {
        Map<String, Object> params = params(level);
        params.put("keys", List.copyOf(keys));
        Map<String, Found> found = new HashMap<>();
        for (Map<String, Object> row : cypher.read(composition("levels/nodes", kind.nodeQuery(), level), scope, params)) {
            found.putIfAbsent((String) row.get("key"), found(scope, level, row));
        }
        return found;
    }

    /** Pages of a nested list by parent key, and what the level read for each node on them by its key. */
    public record LinkLevel(Map<String, Connection> pages, Map<String, Nested> nested) {
    }

    /** One page of a nested list for many parents, with what the level asks of every node on those pages. */
    @SuppressWarnings("unchecked")
    public LinkLevel links(AccessScope scope, Link link, Collection<String> keys, PageRequest page, Level level) {
        int skip = Cursor.offsetAfter(page.after());
        Map<String, Object> params = params(level);
        params.put("keys", List.copyOf(keys));
        params.put("skip", skip);
        params.put("limit", page.first());
        params.put("levelKey", level.parentKind().keyProperty());
        Map<String, Connection> pages = new HashMap<>();
        Map<String, Nested> nested = new HashMap<>();
        for (Map<String, Object> row : cypher.read(composition("levels/links", link.query(), level), scope, params)) {
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
    List<Found> page(AccessScope scope, String pageQuery, Map<String, Object> pageParams, Level level) {
        Map<String, Object> params = params(level);
        params.putAll(pageParams);
        params.put("levelKey", level.parentKind().keyProperty());
        return cypher.read(composition("levels/list", pageQuery, level), scope, params).stream()
                .map(row -> found(scope, level, row)).toList();
    }

    private static Composition composition(String template, String parents, Level level) {
        List<Composition.Part> parts = new ArrayList<>();
        level.links().forEach(page -> parts.add(new Composition.Part("levels/link", page.link().query())));
        if (level.records()) {
            parts.add(new Composition.Part("levels/records", PersonRecordReader.QUERY));
        }
        return new Composition(template, parents, parts);
    }

    private static Map<String, Object> params(Level level) {
        Map<String, Object> params = new HashMap<>();
        for (int n = 0; n < level.links().size(); n++) {
            PageRequest page = level.links().get(n).page();
            params.put("skip" + n, Cursor.offsetAfter(page.after()));
            params.put("limit" + n, page.first());
        }
        return params;
    }

    @SuppressWarnings("unchecked")
    private Found found(AccessScope scope, Level level, Map<String, Object> row) {
        return new Found(nodes.from(scope, (Map<String, Object>) row.get("node")),
                nested(scope, level, (List<List<Object>>) row.get("children")));
    }

    @SuppressWarnings("unchecked")
    private Nested nested(AccessScope scope, Level level, List<List<Object>> children) {
        Map<LinkPage, Connection> pages = new LinkedHashMap<>();
        for (int n = 0; n < level.links().size(); n++) {
            LinkPage page = level.links().get(n);
            int skip = Cursor.offsetAfter(page.page().after());
            List<Object> child = children.get(n);
            pages.put(page, child.isEmpty() ? Connection.empty(skip > 0)
                    : links.connection(scope, (Map<String, Object>) child.get(0), skip));
        }
        List<PersonRecord> visible = null;
        if (level.records()) {
            List<Object> child = children.get(level.links().size());
            visible = child.isEmpty() ? List.of() : records.records(scope, (List<Map<String, Object>>) child.get(0));
        }
        return new Nested(pages, visible);
    }
}
