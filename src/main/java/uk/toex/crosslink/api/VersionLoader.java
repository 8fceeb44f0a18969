package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.RecordVersion;
import uk.toex.crosslink.graph.RecordVersionReader;
import uk.toex.crosslink.security.AccessScope;

/**
 * The DataLoader behind every record's {@code versions}: one query per record kind per request,
 * whatever the number of records on the page. Keys are (type, record key) since record keys are
 * unique per kind only.
 */
@Component
class VersionLoader {

    static final String VERSIONS = "versions";

    private final RecordVersionReader versions;

    VersionLoader(BatchLoaderRegistry registry, RecordVersionReader versions) {
        this.versions = versions;
        registry.<GlobalId, List<RecordVersion>>forName(VERSIONS).registerMappedBatchLoader(
                (ids, env) -> Mono.fromSupplier(() -> load(ids, CallerScope.of((GraphQLContext) env.getContext()))));
    }

    /** What a record's {@code versions} field returns. */
    static CompletableFuture<List<RecordVersion>> of(GraphNode record, DataFetchingEnvironment env) {
        DataLoader<GlobalId, List<RecordVersion>> loader = env.getDataLoader(VERSIONS);
        return loader.load(new GlobalId(record.typeName(), record.key()));
    }

    private Map<GlobalId, List<RecordVersion>> load(Set<GlobalId> ids, AccessScope scope) {
        Map<GlobalId, List<RecordVersion>> found = new HashMap<>();
        ids.stream().collect(Collectors.groupingBy(GlobalId::type)).forEach((type, ofType) -> {
            Map<String, List<RecordVersion>> byKey = versions.versions(scope, type, ofType.stream().map(GlobalId::key).toList());
            ofType.forEach(id -> found.put(id, byKey.get(id.key())));
        });
        return found;
    }
}
