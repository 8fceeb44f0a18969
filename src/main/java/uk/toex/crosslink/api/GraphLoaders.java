package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import graphql.GraphQLContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dataloader.BatchLoaderEnvironment;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.LinkReader;
import uk.toex.crosslink.graph.NodeReader;
import uk.toex.crosslink.security.AccessScope;

/**
 * The two DataLoaders behind ids and nested lists: every {@code node(id:)} of a request is one
 * query per type, every nested list field one query per field and page size, whatever the number
 * of parents.
 */
@Component
class GraphLoaders {

    static final String NODES = "nodes";
    static final String LINKS = "links";

    private final NodeReader nodes;
    private final LinkReader links;

    GraphLoaders(BatchLoaderRegistry registry, NodeReader nodes, LinkReader links) {
        this.nodes = nodes;
        this.links = links;
        registry.<GlobalId, GraphNode>forName(NODES).registerMappedBatchLoader(
                (ids, env) -> Mono.fromSupplier(() -> loadNodes(ids, scope(env))));
        registry.<LinkKey, Connection>forName(LINKS).registerMappedBatchLoader(
                (keys, env) -> Mono.fromSupplier(() -> loadLinks(keys, scope(env))));
    }

    private Map<GlobalId, GraphNode> loadNodes(Set<GlobalId> ids, AccessScope scope) {
        Map<GlobalId, GraphNode> found = new HashMap<>();
        ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, ofType) -> {
            Map<String, GraphNode> byKey = nodes.find(scope, type, ofType.stream().map(GlobalId::key).toList());
            ofType.stream().filter(id -> byKey.containsKey(id.key())).forEach(id -> found.put(id, byKey.get(id.key())));
        });
        return found;
    }

    private Map<LinkKey, Connection> loadLinks(Set<LinkKey> keys, AccessScope scope) {
        Map<LinkKey, Connection> pages = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(LinkKey::query)).forEach((query, ofQuery) -> {
            List<String> parents = ofQuery.stream().map(LinkKey::parent).distinct().toList();
            Map<String, Connection> byParent = links.read(scope, query.link(), parents, query.page());
            ofQuery.forEach(key -> pages.put(key, byParent.get(key.parent())));
        });
        return pages;
    }

    private static AccessScope scope(BatchLoaderEnvironment env) {
        return CallerScope.of((GraphQLContext) env.getContext());
    }
}
