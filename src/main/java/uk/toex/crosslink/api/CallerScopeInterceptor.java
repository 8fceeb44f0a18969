package uk.toex.crosslink.api;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.CallerScopes;

/**
 * Resolves the caller's scope once per request, before anything is read, from
 * {@link CallerScopes} (the one place a caller becomes a scope). Interceptors run on the request's
 * thread after the security filter chain has authenticated the token, so the scope is the token's
 * caller's. Ordered just inside the audit and caller-context interceptors: a request refused here
 * is still audited.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CallerScopeInterceptor implements WebGraphQlInterceptor {

    private final CallerScopes scopes;

    CallerScopeInterceptor(CallerScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        AccessScope scope;
        try {
            scope = scopes.current();
        } catch (AccessDeniedException noCaller) {
            return Mono.error(noCaller); // fail closed, inside the audited chain
        }
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(CallerScope.KEY, scope)).build());
        return chain.next(request);
    }
}
