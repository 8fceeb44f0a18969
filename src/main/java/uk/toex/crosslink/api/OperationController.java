package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.ListFilter;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;
import uk.toex.crosslink.graph.Operation;
import uk.toex.crosslink.graph.RecordVersion;

/** Operations and their history; their subjects are a nested list ({@link LinkWiring}). */
@Controller
class OperationController {

    private final ListReader lists;

    OperationController(ListReader lists) {
        this.lists = lists;
    }

    @QueryMapping
    Connection operations(@Argument Integer first, @Argument String after, @Argument String force,
                          @Argument String status, DataFetchingEnvironment env) {
        ListFilter filter = ListFilter.none().with("force", ListArguments.force(force)).with("status", status);
        return GraphLoading.list(lists, env, Listing.OPERATIONS, filter, first, after);
    }

    @SchemaMapping(typeName = "Operation")
    CompletableFuture<List<RecordVersion>> versions(Operation operation, DataFetchingEnvironment env) {
        return VersionLoader.of(operation, env);
    }
}
