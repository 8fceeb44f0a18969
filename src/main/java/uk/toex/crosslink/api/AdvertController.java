package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Address;
import uk.toex.crosslink.graph.Advert;
import uk.toex.crosslink.graph.AdvertAddressReader;
import uk.toex.crosslink.graph.Link;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;

/** Adverts and what they link to: phones, emails, images, place, persons, operations. */
@Controller
class AdvertController {

    private final ListReader lists;
    private final AdvertAddressReader addresses;

    AdvertController(ListReader lists, AdvertAddressReader addresses) {
        this.lists = lists;
        this.addresses = addresses;
    }

    @BatchMapping
    Map<Advert, Address> address(List<Advert> adverts, GraphQLContext context) {
        Map<String, Address> byKey = addresses.addresses(CallerScope.of(context),
                adverts.stream().map(Advert::key).distinct().toList());
        Map<Advert, Address> placed = new HashMap<>();
        adverts.forEach(advert -> placed.put(advert, byKey.get(advert.key())));
        return placed;
    }

    @QueryMapping
    Connection adverts(@Argument Integer first, @Argument String after, GraphQLContext context,
                  DataFetchingFieldSelectionSet selection) {
        return GraphLoading.list(lists, context, Listing.ADVERTS, first, after, selection);
    }

    @SchemaMapping(typeName = "Advert")
    CompletableFuture<Connection> phones(Advert advert, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADVERT_PHONES, advert.key(), first, after);
    }

    @SchemaMapping(typeName = "Advert")
    CompletableFuture<Connection> emails(Advert advert, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADVERT_EMAILS, advert.key(), first, after);
    }

    @SchemaMapping(typeName = "Advert")
    CompletableFuture<Connection> imageHashes(Advert advert, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADVERT_IMAGES, advert.key(), first, after);
    }

    @SchemaMapping(typeName = "Advert")
    CompletableFuture<Connection> persons(Advert advert, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADVERT_PERSONS, advert.key(), first, after);
    }

    @SchemaMapping(typeName = "Advert")
    CompletableFuture<Connection> operations(Advert advert, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.ADVERT_OPERATIONS, advert.key(), first, after);
    }
}
