package uk.toex.crosslink.security;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The single place that turns the current caller into an {@link AccessScope}. Every entry point
 * (GraphQL, search, investigations, exports, federation) asks here and passes the scope on to
 * {@code CypherRunner}.
 *
 * <p>A command run from the command line has no token: its operator already holds the store,
 * so it gets {@link AccessScope#system()}. In the service, a thread without an authenticated
 * caller fails closed rather than reading with some default.
 */
@Component
public class CallerScopes {

    private final CurrentCaller caller;
    private final boolean commandLine;

    public CallerScopes(CurrentCaller caller, @Value("${crosslink.command:false}") boolean commandLine) {
        this.caller = caller;
        this.commandLine = commandLine;
    }

    public AccessScope current() {
        return of(caller.get());
    }

    /** The scope of a caller already looked up (or of none) on this thread. */
    public AccessScope of(Optional<Caller> caller) {
        return caller.map(Caller::scope).orElseGet(this::withoutCaller);
    }

    private AccessScope withoutCaller() {
        if (commandLine) {
            return AccessScope.system();
        }
        throw new AccessDeniedException("No authenticated caller on this thread: services reading for the system"
                + " itself pass AccessScope.system() explicitly");
    }
}
