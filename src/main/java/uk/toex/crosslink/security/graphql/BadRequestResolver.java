package uk.toex.crosslink.security.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.BadRequestException;

/**
 * {@link BadRequestException} becomes a BAD_REQUEST error with its message. Every other
 * unexpected exception keeps Spring's generic INTERNAL_ERROR (no stack trace, no Cypher).
 */
@Component
class BadRequestResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadRequestException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
        }
        return null;
    }
}
