package uk.toex.crosslink.api;

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
import uk.toex.crosslink.graph.LevelReader;
import uk.toex.crosslink.graph.LinkReader;
import uk.toex.crosslink.graph.NodeKind;
import uk.toex.crosslink.graph.NodeReader;
import uk.toex.crosslink.security.AccessScope;

/**
 * The two DataLoaders behind ids and nested lists: every {@code node(id:)} of a request is one
 * query per type, every nested list field one query per field and page size, whatever the number
 * of parents. A node loaded with a {@link LevelPriming} (what the fields below it ask for) is read
 * with those nested lists in one statement ({@link LevelReader}), which it primes into the loaders.
 */
@Component
class GraphLoaders {

    static final String NODES = "nodes";
    static final String LINKS = "links";

    private final NodeReader nodes;
    private final LinkReader links;
    private final LevelReader levels;

    GraphLoaders(BatchLoaderRegistry registry, NodeReader nodes, LinkReader links, LevelReader levels) {
        this.nodes = nodes;
        this.links = links;
        this.levels = levels;
        registry.<GlobalId, GraphNode>forName(NODES).registerMappedBatchLoader(
                (ids, env) -> Mono.fromSupplier(() -> loadNodes(ids, scope(env), env.getKeyContexts())));
        registry.<LinkKey, Connection>forName(LINKS).registerMappedBatchLoader(
                (keys, env) -> Mono.fromSupplier(() -> loadLinks(keys, scope(env), env.getKeyContexts())));
    }

    private Map<GlobalId, GraphNode> loadNodes(Set<GlobalId> ids, AccessScope scope, Map<Object, Object> contexts) {
        Map<GlobalId, GraphNode> found = new HashMap<>();
        ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, ofType) -> {
            Map<String, GraphNode> byKey = ofType(scope, type, ofType, contexts);
            ofType.stream().filter(id -> byKey.containsKey(id.key())).forEach(id -> found.put(id, byKey.get(id.key())));
        });
        return found;
    }

    /** Nodes of one type; with the level their fields ask for when any did, priming what it read. */
    private Map<String, GraphNode> ofType(AccessScope scope, String type, List<GlobalId> ids, Map<Object, Object> contexts) {
        List<String> keys = ids.stream().map(GlobalId::key).toList();
        LevelPriming priming = priming(ids, contexts);
        if (priming == null) {
            return nodes.find(scope, type, keys);
        }
        Map<String, GraphNode> byKey = new HashMap<>();
        levels.nodes(scope, NodeKind.of(type).orElseThrow(), keys, priming.level()).forEach((key, found) -> {
            priming.prime(key, found.nested());
            byKey.put(key, found.node());
        });
        return byKey;
    }

    private Map<LinkKey, Connection> loadLinks(Set<LinkKey> keys, AccessScope scope, Map<Object, Object> contexts) {
        Map<LinkKey, Connection> pages = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(LinkKey::query)).forEach((query, ofQuery) -> {
            List<String> parents = ofQuery.stream().map(LinkKey::parent).distinct().toList();
            LevelPriming priming = priming(ofQuery, contexts);
            Map<String, Connection> byParent;
            if (priming == null) {
                byParent = links.read(scope, query.link(), parents, query.page());
            } else {
                LevelReader.LinkLevel level = levels.links(scope, query.link(), parents, query.page(), priming.level());
                level.nested().forEach(priming::prime);
                byParent = level.pages();
            }
            ofQuery.forEach(key -> pages.put(key, byParent.get(key.parent())));
        });
        return pages;
    }

    /** The levels the loads of one batch asked for, as one (null when none did). */
    private static LevelPriming priming(List<?> keys, Map<Object, Object> contexts) {
        return keys.stream().map(contexts::get).filter(LevelPriming.class::isInstance).map(LevelPriming.class::cast)
                .reduce((a, b) -> a.with(b.level())).orElse(null);
    }

    private static AccessScope scope(BatchLoaderEnvironment env) {
        return CallerScope.of((GraphQLContext) env.getContext());
    }
}
