package uk.toex.crosslink.api;

import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.CallerScopes;

/** Resolves the caller's scope once per request, on the request's thread, before anything is read. */
@Component
class CallerScopeInterceptor implements WebGraphQlInterceptor {

    private final CallerScopes scopes;

    CallerScopeInterceptor(CallerScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        AccessScope scope = scopes.current();
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(CallerScope.KEY, scope)).build());
        return chain.next(request);
    }
}
