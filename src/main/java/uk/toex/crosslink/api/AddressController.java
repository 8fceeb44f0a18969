package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Address;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Link;
import uk.toex.crosslink.graph.ListFilter;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;

/** Addresses and who and what is found there. */
@Controller
class AddressController {

    private final ListReader lists;

    AddressController(ListReader lists) {
        this.lists = lists;
    }

    @QueryMapping
    Connection addresses(@Argument Integer first, @Argument String after, @Argument String postcode,
                         GraphQLContext context, DataFetchingFieldSelectionSet selection) {
        ListFilter filter = ListFilter.none().with("postcode", ListArguments.postcode(postcode));
        return GraphLoading.list(lists, context, Listing.ADDRESSES, filter, first, after, selection);
    }

    @SchemaMapping(typeName = "Address")
    CompletableFuture<Connection> occupants(Address address, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADDRESS_OCCUPANTS, address.key(), first, after);
    }

    @SchemaMapping(typeName = "Address")
    CompletableFuture<Connection> adverts(Address address, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADDRESS_ADVERTS, address.key(), first, after);
    }

    @SchemaMapping(typeName = "Address")
    CompletableFuture<Connection> operations(Address address, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADDRESS_OPERATIONS, address.key(), first, after);
    }

    @SchemaMapping(typeName = "Address")
    CompletableFuture<Connection> records(Address address, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADDRESS_RECORDS, address.key(), first, after);
    }
}
