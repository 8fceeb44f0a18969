package uk.toex.crosslink.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.token.CallerAuthentication;
import uk.toex.crosslink.security.token.JwtCallers;

/** The caller of the current request: a validated token's, or the demo analyst of {@code --demo}. */
@Component
public class CurrentCaller {

    private final JwtCallers callers;

    public CurrentCaller(JwtCallers callers) {
        this.callers = callers;
    }

    public Optional<Caller> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof CallerAuthentication known && known.isAuthenticated()) {
            return Optional.of(known.caller()); // read from the token's claims once, when it was authenticated
        }
        if (auth instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            return Optional.of(callers.fromJwt(token.getToken()));
        }
        if (auth instanceof AnonymousAuthenticationToken anonymous && anonymous.getPrincipal() instanceof Caller demo) {
            return Optional.of(demo);
        }
        return Optional.empty();
    }
}
