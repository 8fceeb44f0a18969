package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
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
    Connection forces(@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return GraphLoading.list(lists, env, Listing.FORCES, first, after);
    }
}
