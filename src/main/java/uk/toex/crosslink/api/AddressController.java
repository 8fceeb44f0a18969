package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.ListFilter;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;

/** The list of addresses; who and what is found at one are its nested lists ({@link LinkWiring}). */
@Controller
class AddressController {

    private final ListReader lists;

    AddressController(ListReader lists) {
        this.lists = lists;
    }

    @QueryMapping
    Connection addresses(@Argument Integer first, @Argument String after, @Argument String postcode,
                         DataFetchingEnvironment env) {
        ListFilter filter = ListFilter.none().with("postcode", ListArguments.postcode(postcode));
        return GraphLoading.list(lists, env, Listing.ADDRESSES, filter, first, after);
    }
}
