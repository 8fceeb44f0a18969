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
import uk.toex.crosslink.graph.OrganisedCrimeGroup;
import uk.toex.crosslink.graph.RecordVersion;

/** Organised crime groups and their history; members and operations are nested lists ({@link LinkWiring}). */
@Controller
class OcgController {

    private final ListReader lists;

    OcgController(ListReader lists) {
        this.lists = lists;
    }

    @QueryMapping
    Connection ocgs(@Argument Integer first, @Argument String after, @Argument String force, @Argument String status,
                    DataFetchingEnvironment env) {
        ListFilter filter = ListFilter.none().with("force", ListArguments.force(force)).with("status", status);
        return GraphLoading.list(lists, env, Listing.OCGS, filter, first, after);
    }

    @SchemaMapping(typeName = "OrganisedCrimeGroup")
    CompletableFuture<List<RecordVersion>> versions(OrganisedCrimeGroup organisedCrimeGroup, DataFetchingEnvironment env) {
        return VersionLoader.of(organisedCrimeGroup, env);
    }
}
