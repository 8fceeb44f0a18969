package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.adverts.AdvertCluster;
import uk.toex.crosslink.adverts.AdvertClusterService;
import uk.toex.crosslink.adverts.ClusterMembers;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.PageRequest;

/**
 * GraphQL {@code advertClusters}: paging and ids here, clustering in {@link AdvertClusterService}.
 * A cluster's lists read only what they return: its adverts page by key, its phones, addresses and
 * persons through {@link ClusterMemberLoader}, and only the fields the client selects.
 */
@Controller
class AdvertClusterController {

    private final AdvertClusterService clusters;

    AdvertClusterController(AdvertClusterService clusters) {
        this.clusters = clusters;
    }

    @QueryMapping
    Connection advertClusters(@Argument Integer minSize, @Argument Integer first, @Argument String after,
                              GraphQLContext context) {
        int size = Limits.page("first", first, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
        int offset = Cursor.offsetAfter(after);
        AdvertClusterService.Page page = clusters.clusters(CallerScope.of(context),
                Limits.range("minSize", minSize, 2, 2, 10_000), offset, size);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.clusters().size(); i++) {
            edges.add(Map.of("cursor", Cursor.ofOffset(offset + i), "node", page.clusters().get(i)));
        }
        return Connection.of(edges, offset + size < page.total(), offset > 0, page.total());
    }

    @SchemaMapping(typeName = "AdvertCluster")
    String id(AdvertCluster cluster) {
        return GlobalId.encode("AdvertCluster", cluster.id());
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<List<GraphNode>> adverts(AdvertCluster cluster, @Argument Integer first, @Argument String after,
                                               DataFetchingEnvironment env) {
        List<CompletableFuture<GraphNode>> page = cluster.keysAfter(Ids.key(after, "Advert"), limit(first)).stream()
                .map(key -> GraphLoading.node(env, new GlobalId("Advert", key))).toList();
        return CompletableFuture.allOf(page.toArray(CompletableFuture[]::new))
                .thenApply(done -> page.stream().map(CompletableFuture::join).filter(Objects::nonNull).toList());
    }

    @SchemaMapping(typeName = "AdvertCluster")
    int advertCount(AdvertCluster cluster) {
        return cluster.keys().size();
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<List<GraphNode>> phones(AdvertCluster cluster, @Argument Integer first, @Argument String after,
                                              DataFetchingEnvironment env) {
        return members(env, ClusterMembers.Kind.PHONES, cluster, Ids.key(after, "Phone"), first);
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<List<GraphNode>> addresses(AdvertCluster cluster, @Argument Integer first, @Argument String after,
                                                 DataFetchingEnvironment env) {
        return members(env, ClusterMembers.Kind.ADDRESSES, cluster, Ids.key(after, "Address"), first);
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<List<GraphNode>> persons(AdvertCluster cluster, @Argument Integer first, @Argument String after,
                                               DataFetchingEnvironment env) {
        return members(env, ClusterMembers.Kind.PERSONS, cluster, Ids.key(after, "Person"), first);
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<Integer> phoneCount(AdvertCluster cluster, DataFetchingEnvironment env) {
        return count(env, ClusterMembers.Kind.PHONES, cluster);
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<Integer> addressCount(AdvertCluster cluster, DataFetchingEnvironment env) {
        return count(env, ClusterMembers.Kind.ADDRESSES, cluster);
    }

    @SchemaMapping(typeName = "AdvertCluster")
    CompletableFuture<Integer> personCount(AdvertCluster cluster, DataFetchingEnvironment env) {
        return count(env, ClusterMembers.Kind.PERSONS, cluster);
    }

    private static CompletableFuture<List<GraphNode>> members(DataFetchingEnvironment env, ClusterMembers.Kind kind,
                                                              AdvertCluster cluster, String after, Integer first) {
        return ClusterMemberLoader.page(env, new ClusterMembers.Request(kind, cluster, after, limit(first)))
                .thenApply(ClusterMembers.Page::members);
    }

    /** A count is an empty page of its kind: the same walk in the same query, nothing projected. */
    private static CompletableFuture<Integer> count(DataFetchingEnvironment env, ClusterMembers.Kind kind,
                                                    AdvertCluster cluster) {
        return ClusterMemberLoader.page(env, new ClusterMembers.Request(kind, cluster, null, 0))
                .thenApply(ClusterMembers.Page::total);
    }

    /** A member list's page: null (every item) when left out, else 1..100. */
    private static Integer limit(Integer first) {
        return first == null ? null : Limits.page("first", first, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
    }
}
