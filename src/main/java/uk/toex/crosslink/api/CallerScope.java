package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.BatchScope;
import uk.toex.crosslink.security.Caller;

/**
 * The caller's {@link AccessScope} for one GraphQL request. {@code security.graphql.CallerContextInterceptor}
 * puts it into the request's {@link GraphQLContext} once, from {@code security.CallerScopes}; every
 * controller and batch loader takes it from there and passes it to the graph readers, which bind
 * it into every query. There is no other way for a read to get a scope.
 */
public final class CallerScope {

    private CallerScope() {
    }

    public static AccessScope of(GraphQLContext context) {
        AccessScope scope = context.get(AccessScope.class);
        if (scope == null) {
            // fail closed: a request that did not pass the interceptor reads nothing
            throw new IllegalStateException("No caller scope in the GraphQL context");
        }
        return scope;
    }

    /**
     * Which ingest batches the caller may see, from the caller {@code CallerContextInterceptor}
     * put into the context; fails closed without one.
     */
    public static BatchScope batchesOf(GraphQLContext context) {
        Caller caller = context.get(Caller.class);
        if (caller == null) {
            throw new IllegalStateException("No caller in the GraphQL context");
        }
        return BatchScope.of(caller);
    }
}
