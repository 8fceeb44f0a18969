package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Offence;
import uk.toex.crosslink.graph.Link;

/** Who is involved in an offence. */
@Controller
class OffenceController {

    @SchemaMapping(typeName = "Offence")
    CompletableFuture<Connection> persons(Offence offence, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.OFFENCE_PERSONS, offence.key(), first, after);
    }
}
