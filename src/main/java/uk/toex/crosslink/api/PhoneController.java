package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Phone;
import uk.toex.crosslink.graph.Link;

/** Who holds a phone, which adverts give it, and whom it called. */
@Controller
class PhoneController {

    @SchemaMapping(typeName = "Phone")
    CompletableFuture<Connection> persons(Phone phone, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PHONE_PERSONS, phone.key(), first, after);
    }

    @SchemaMapping(typeName = "Phone")
    CompletableFuture<Connection> adverts(Phone phone, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PHONE_ADVERTS, phone.key(), first, after);
    }

    @SchemaMapping(typeName = "Phone")
    CompletableFuture<Connection> calls(Phone phone, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PHONE_CALLS, phone.key(), first, after);
    }
}
