package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Email;
import uk.toex.crosslink.graph.Link;

/** Who gives an email address, and which adverts do. */
@Controller
class EmailController {

    @SchemaMapping(typeName = "Email")
    CompletableFuture<Connection> persons(Email email, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.EMAIL_PERSONS, email.key(), first, after);
    }

    @SchemaMapping(typeName = "Email")
    CompletableFuture<Connection> adverts(Email email, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.EMAIL_ADVERTS, email.key(), first, after);
    }
}
