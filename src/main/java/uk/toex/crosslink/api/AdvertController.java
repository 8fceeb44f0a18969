package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Address;
import uk.toex.crosslink.graph.Advert;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.ListFilter;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;
import uk.toex.crosslink.graph.PlacedAddressReader;
import uk.toex.crosslink.graph.RecordVersion;

/** Adverts, their place and history; the lists they link to are wired from {@code graph.Link} ({@link LinkWiring}). */
@Controller
class AdvertController {

    private final ListReader lists;
    private final PlacedAddressReader addresses;

    AdvertController(ListReader lists, PlacedAddressReader addresses) {
        this.lists = lists;
        this.addresses = addresses;
    }

    @BatchMapping
    Map<Advert, Address> address(List<Advert> adverts, GraphQLContext context) {
        Map<String, Address> byKey = addresses.ofAdverts(CallerScope.of(context),
                adverts.stream().map(Advert::key).distinct().toList());
        Map<Advert, Address> placed = new HashMap<>();
        adverts.forEach(advert -> placed.put(advert, byKey.get(advert.key())));
        return placed;
    }

    @QueryMapping
    Connection adverts(@Argument Integer first, @Argument String after, @Argument String site, @Argument String postcode,
                       DataFetchingEnvironment env) {
        ListFilter filter = ListFilter.none().with("site", ListArguments.text("site", site))
                .with("postcode", ListArguments.postcode(postcode));
        return GraphLoading.list(lists, env, Listing.ADVERTS, filter, first, after);
    }

    @SchemaMapping(typeName = "Advert")
    CompletableFuture<List<RecordVersion>> versions(Advert advert, DataFetchingEnvironment env) {
        return VersionLoader.of(advert, env);
    }
}
