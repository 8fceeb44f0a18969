package uk.toex.crosslink.security.graphql;

import graphql.introspection.Introspection;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;

/**
 * Hands the caller to GraphQL execution (for per-field role checks) and switches
 * introspection off for anyone who is not an authenticated caller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CallerContextInterceptor implements WebGraphQlInterceptor {

    private final CurrentCaller callers;

    CallerContextInterceptor(CurrentCaller callers) {
        this.callers = callers;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Optional<Caller> caller = callers.get();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
            caller.ifPresent(c -> context.put(Caller.class, c));
            context.put(Introspection.INTROSPECTION_DISABLED, caller.isEmpty());
        }).build());
        return chain.next(request);
    }
}
