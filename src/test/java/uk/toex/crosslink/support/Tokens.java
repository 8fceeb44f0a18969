package uk.toex.crosslink.support;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.security.token.LocalIssuer;

/** Real bearer tokens for tests, signed by the test service's own local issuer. */
public class Tokens {

    private final LocalIssuer issuer;

    public Tokens(LocalIssuer issuer) {
        this.issuer = issuer;
    }

    public LocalIssuer issuer() {
        return issuer;
    }

    public String of(Caller caller) {
        return issuer.mint(caller, Duration.ofHours(1));
    }

    public String of(String subject, Set<Role> roles, String... forces) {
        return of(Caller.of(subject, roles, List.of(forces)));
    }

    public String analyst(String... forces) {
        return of("analyst", Set.of(Role.ANALYST), forces);
    }

    public String auditor() {
        return of("auditor", Set.of(Role.AUDITOR));
    }

    public String admin() {
        return of("admin", Set.of(Role.ADMIN), Caller.ALL_FORCES);
    }
}
