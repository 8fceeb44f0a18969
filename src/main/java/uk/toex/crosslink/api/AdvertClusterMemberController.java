package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.adverts.AdvertCluster;
import uk.toex.crosslink.adverts.ClusterMembers;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.PageRequest;

/**
 * An advert cluster's lists and counts. Each reads only what it returns: the adverts a page by key
 * through the node loader, the phones, addresses and persons through {@link ClusterMemberLoader}
 * (one query per kind for a page of clusters), and only the fields the client selects.
 */
@Controller
class AdvertClusterMemberController {

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
