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
import uk.toex.crosslink.graph.Offence;
import uk.toex.crosslink.graph.RecordVersion;

/** Offences and their history; who is involved is a nested list ({@link LinkWiring}). */
@Controller
class OffenceController {

    private final ListReader lists;

    OffenceController(ListReader lists) {
        this.lists = lists;
    }

    @QueryMapping
    Connection offences(@Argument Integer first, @Argument String after, @Argument String force,
                        @Argument String category, @Argument Integer minGravity, DataFetchingEnvironment env) {
        ListFilter filter = ListFilter.none().with("force", ListArguments.force(force))
                .with("category", ListArguments.text("category", category))
                .with("minGravity", ListArguments.gravity("minGravity", minGravity));
        return GraphLoading.list(lists, env, Listing.OFFENCES, filter, first, after);
    }

    @SchemaMapping(typeName = "Offence")
    CompletableFuture<List<RecordVersion>> versions(Offence offence, DataFetchingEnvironment env) {
        return VersionLoader.of(offence, env);
    }
}
