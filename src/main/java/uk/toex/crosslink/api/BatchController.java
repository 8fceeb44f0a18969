package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.BatchReader;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.PageRequest;

/** Ingest batches, newest first, as far as the caller may oversee them ({@code security.BatchScope}). */
@Controller
class BatchController {

    private final BatchReader batches;

    BatchController(BatchReader batches) {
        this.batches = batches;
    }

    @QueryMapping
    Connection batches(@Argument Integer first, @Argument String after, @Argument String force, GraphQLContext context,
                       DataFetchingFieldSelectionSet selection) {
        return batches.page(CallerScope.of(context), CallerScope.batchesOf(context), ListArguments.force(force),
                PageRequest.of(first, after), selection.contains("totalCount"));
    }
}
