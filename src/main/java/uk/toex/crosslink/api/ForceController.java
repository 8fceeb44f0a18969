package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;

/** Forces with counts of what the caller may see of them. */
@Controller
class ForceController {

    private final ListReader lists;

    ForceController(ListReader lists) {
        this.lists = lists;
    }

    @QueryMapping
    Connection forces(@Argument Integer first, @Argument String after, GraphQLContext context,
                  DataFetchingFieldSelectionSet selection) {
        return GraphLoading.list(lists, context, Listing.FORCES, first, after, selection);
    }
}
