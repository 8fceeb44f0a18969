package uk.toex.crosslink.security.graphql;

import graphql.introspection.Introspection;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CallerScopes;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.web.Purpose;

/**
 * The one interceptor that puts the caller into GraphQL execution, once per request and before
 * anything is read: the {@link Caller} (for per-field role checks and batch visibility) and its
 * {@link AccessScope} from {@link CallerScopes} (the one place a caller becomes a scope), both under
 * their class as key; introspection is switched off for anyone who is not an authenticated caller.
 * Interceptors run on the request's thread after the security filter chain has authenticated the
 * token. Ordered just inside the audit interceptor: a request refused here is still audited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class CallerContextInterceptor implements WebGraphQlInterceptor {

    /** GraphQL context key of the request's cleaned {@code X-Purpose}. */
    public static final String PURPOSE = "purpose";

    private final CurrentCaller callers;
    private final CallerScopes scopes;

    CallerContextInterceptor(CurrentCaller callers, CallerScopes scopes) {
        this.callers = callers;
        this.scopes = scopes;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Optional<Caller> caller = callers.get();
        AccessScope scope;
        try {
            scope = scopes.of(caller);
        } catch (AccessDeniedException noCaller) {
            return Mono.error(noCaller); // fail closed, inside the audited chain
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
            caller.ifPresent(c -> context.put(Caller.class, c));
            context.put(AccessScope.class, scope);
            context.put(Introspection.INTROSPECTION_DISABLED, caller.isEmpty());
            // the justification, for entry points that record their own audit event (investigations)
            Purpose.of(request.getHeaders().getFirst(Purpose.HEADER))
                    .or(() -> caller.filter(Caller::demo).map(c -> Purpose.DEMO))
                    .ifPresent(p -> context.put(PURPOSE, p));
        }).build());
        return chain.next(request);
    }
}
