package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.adverts.ClusterMembers;
import uk.toex.crosslink.security.AccessScope;

/**
 * The DataLoader behind an advert cluster's {@code phones}, {@code addresses} and {@code persons}
 * and their counts: one query per kind per request, whatever the number of clusters on the page.
 */
@Component
class ClusterMemberLoader {

    static final String MEMBERS = "advertClusterMembers";

    private final ClusterMembers members;

    ClusterMemberLoader(BatchLoaderRegistry registry, ClusterMembers members) {
        this.members = members;
        registry.<ClusterMembers.Request, ClusterMembers.Page>forName(MEMBERS).registerMappedBatchLoader(
                (requests, env) -> Mono.fromSupplier(() -> load(requests, CallerScope.of((GraphQLContext) env.getContext()))));
    }

    static CompletableFuture<ClusterMembers.Page> page(DataFetchingEnvironment env, ClusterMembers.Request request) {
        DataLoader<ClusterMembers.Request, ClusterMembers.Page> loader = env.getDataLoader(MEMBERS);
        return loader.load(request);
    }

    private Map<ClusterMembers.Request, ClusterMembers.Page> load(Set<ClusterMembers.Request> requests, AccessScope scope) {
        Map<ClusterMembers.Request, ClusterMembers.Page> pages = new HashMap<>();
        requests.stream().collect(Collectors.groupingBy(ClusterMembers.Request::kind))
                .forEach((kind, ofKind) -> pages.putAll(members.pages(scope, kind, ofKind)));
        return pages;
    }
}
