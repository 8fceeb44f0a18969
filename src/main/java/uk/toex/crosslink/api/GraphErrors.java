package uk.toex.crosslink.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.federation.RepresentationException;
import org.springframework.graphql.data.federation.RepresentationNotResolvedException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.security.access.AccessDeniedException;
import uk.toex.crosslink.security.BadRequestException;
import uk.toex.crosslink.store.ReadTimedOutException;

/**
 * The one resolver that turns failures into GraphQL errors with {@code extensions.classification}.
 * Bad input ({@link BadRequestException}: ids, cursors, page sizes, audit filters) says what was
 * wrong; a read the store stopped for running too long ({@link ReadTimedOutException}) is
 * {@code ExecutionAborted} and says so; a federation representation that names no visible entity is
 * NOT_FOUND (hidden and missing alike); a refusal is left to Spring Security's resolver (FORBIDDEN / UNAUTHORIZED); anything else
 * is an internal error whose detail (stack, Cypher, values) stays out of the response and out of
 * INFO logs, which may not hold personal data.
 */
@Component
class GraphErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphErrors.class);

    /**
     * The error for a failure outside the resolver chain ({@code _entities} hands its failures to
     * {@code @GraphQlExceptionHandler} methods only): the same error as anywhere else.
     */
    GraphQLError toError(Throwable ex, DataFetchingEnvironment env) {
        GraphQLError error = resolveToSingleError(ex, env);
        return error != null ? error
                : GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message("not allowed").build();
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof AccessDeniedException) {
            return null;
        }
        if (ex instanceof BadRequestException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        if (ex instanceof RepresentationNotResolvedException) {
            // the same words whether the entity is hidden from the caller or does not exist
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND)
                    .message("no visible entity for this representation").build();
        }
        if (ex instanceof RepresentationException bad) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                    .message("bad representation: " + bad.getMessage()).build();
        }
        ReadTimedOutException timedOut = timedOut(ex);
        if (timedOut != null) {
            log.warn("Reading {} stopped by the store after {}s", env.getExecutionStepInfo().getPath(),
                    timedOut.timeout().toSeconds());
            return GraphqlErrorBuilder.newError(env).errorType(graphql.ErrorType.ExecutionAborted)
                    .message("stopped: reading " + env.getExecutionStepInfo().getPath() + " took longer than the store"
                            + " allows (" + timedOut.timeout().toSeconds() + "s); ask for less (smaller pages, fewer"
                            + " nested lists)").build();
        }
        log.error("Reading {} failed: {}", env.getExecutionStepInfo().getPath(), ex.getClass().getName());
        log.debug("Reading {} failed", env.getExecutionStepInfo().getPath(), ex);
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                .message("internal error while reading " + env.getExecutionStepInfo().getPath()).build();
    }

    /** The store's timeout, also when it reaches here through a DataLoader's future. */
    private static ReadTimedOutException timedOut(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReadTimedOutException timedOut) {
                return timedOut;
            }
        }
        return null;
    }
}
