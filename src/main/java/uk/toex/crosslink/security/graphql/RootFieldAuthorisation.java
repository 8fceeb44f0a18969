package uk.toex.crosslink.security.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;

/**
 * Enforces {@link RootFieldPolicy} on every root field of every operation, whoever wrote its
 * controller: a refused field resolves to null with a FORBIDDEN error.
 */
@Component
class RootFieldAuthorisation extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // below the root, return before asking for the environment: graphql-java builds it on demand
        if (parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
            return fetcher;
        }
        DataFetchingEnvironment env = parameters.getEnvironment();
        if (!(env.getParentType() instanceof GraphQLObjectType root) || env.getField().getName().startsWith("__")) {
            return fetcher;
        }
        Set<Role> required = RootFieldPolicy.required(root.getName(), env.getField().getName());
        Caller caller = env.getGraphQlContext().get(Caller.class);
        if (caller != null && (required.isEmpty() || caller.hasAny(required))) {
            return fetcher;
        }
        String roles = required.stream().map(Role::name).sorted().collect(Collectors.joining(" or "));
        String message = caller == null ? "Authentication required for " + env.getField().getName()
                : env.getField().getName() + " requires the role " + roles;
        return e -> DataFetcherResult.newResult()
                .error(GraphqlErrorBuilder.newError(e)
                        .errorType(caller == null ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                        .message(message).build())
                .build();
    }
}
