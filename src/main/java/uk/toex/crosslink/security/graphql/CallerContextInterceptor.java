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
import uk.toex.crosslink.security.web.Purpose;

/**
 * Hands the caller to GraphQL execution (for per-field role checks) and switches
 * introspection off for anyone who is not an authenticated caller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CallerContextInterceptor implements WebGraphQlInterceptor {

    /** GraphQL context key of the request's cleaned {@code X-Purpose}. */
    public static final String PURPOSE = "purpose";

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
            // the justification, for entry points that record their own audit event (investigations)
            Purpose.of(request.getHeaders().getFirst(Purpose.HEADER))
                    .or(() -> caller.filter(Caller::demo).map(c -> Purpose.DEMO))
                    .ifPresent(p -> context.put(PURPOSE, p));
        }).build());
        return chain.next(request);
    }
}
