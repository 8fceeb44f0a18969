package uk.toex.crosslink.security.token;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import uk.toex.crosslink.security.Caller;

/**
 * A validated token's authentication that also carries the {@link Caller} read from its claims once,
 * when the request was authenticated: the audit, the GraphQL context and {@code me} all ask for the
 * caller, and reading the claims again for each was work repeated within one request.
 */
public final class CallerAuthentication extends JwtAuthenticationToken {

    private final transient Caller caller;

    CallerAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, Caller caller) {
        super(jwt, authorities, caller.subject());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
