package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.graph.Link;

/** The lists that walk from a person, through its visible records, to its neighbours. */
@Controller
class PersonLinkController {

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> addresses(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_ADDRESSES, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> phones(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_PHONES, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> emails(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_EMAILS, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> documents(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_DOCUMENTS, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> ocgs(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_OCGS, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> operations(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_OPERATIONS, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> offences(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_OFFENCES, person.key(), first, after);
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<Connection> adverts(Person person, @Argument Integer first, @Argument String after,
                                          DataFetchingEnvironment env) {
        return GraphLoading.link(env, Link.PERSON_ADVERTS, person.key(), first, after);
    }
}
