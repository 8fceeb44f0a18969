package uk.toex.crosslink.security;

import org.springframework.stereotype.Component;

/**
 * The single place that turns the current caller into an {@link AccessScope}. Every entry point
 * (GraphQL, search, investigations, exports, federation) asks here and passes the scope on to
 * {@code CypherRunner}. Until bearer tokens land, every caller has full access.
 */
@Component
public class CallerScopes {

    public AccessScope current() {
        return AccessScope.system();
    }
}
