package uk.toex.crosslink.api;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.federation.EntityMapping;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.GraphNode;

/**
 * Federation's {@code _entities}: each representation becomes a load on the request's node
 * DataLoader, so a gateway's batch of N representations costs one store query per type, with the
 * caller's scope and redaction exactly as {@code node(id:)}. An entity the caller may not see (or
 * that does not exist: the two are not told apart) resolves to null with a NOT_FOUND error.
 */
@Controller
class EntityController {

    private final GraphErrors errors;

    EntityController(GraphErrors errors) {
        this.errors = errors;
    }

    @EntityMapping
    CompletableFuture<GraphNode> person(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("Person", representation, env);
    }

    @EntityMapping
    CompletableFuture<GraphNode> personRecord(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("PersonRecord", representation, env);
    }

    @EntityMapping
    CompletableFuture<GraphNode> phone(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("Phone", representation, env);
    }

    @EntityMapping
    CompletableFuture<GraphNode> address(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("Address", representation, env);
    }

    @EntityMapping
    CompletableFuture<GraphNode> organisedCrimeGroup(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("OrganisedCrimeGroup", representation, env);
    }

    @EntityMapping
    CompletableFuture<GraphNode> operation(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("Operation", representation, env);
    }

    @EntityMapping
    CompletableFuture<GraphNode> advert(Map<String, Object> representation, DataFetchingEnvironment env) {
        return entity("Advert", representation, env);
    }

    /** {@code _entities} reports failures only to handlers like this one: the same errors as every other field. */
    @GraphQlExceptionHandler
    GraphQLError failed(Throwable ex, DataFetchingEnvironment env) {
        return errors.toError(ex, env);
    }

    private static CompletableFuture<GraphNode> entity(String type, Map<String, Object> representation,
                                                       DataFetchingEnvironment env) {
        return GraphLoading.node(env, EntityKeys.of(type, representation));
    }
}
