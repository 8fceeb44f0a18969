package uk.toex.crosslink.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.security.SecurityProperties;

/** Claims as external issuers send them (Keycloak nests roles; some send space-separated strings). */
class JwtCallersTest {

    @Test
    void readsRolesAndForcesFromTheConfiguredClaimPathsIgnoringUnknownRoles() {
        JwtCallers callers = new JwtCallers(properties("preferred_username", "realm_access.roles", "crosslink.forces"));
        Jwt jwt = jwt(Map.of("sub", "f3a9", "preferred_username", "ann.smith",
                "realm_access", Map.of("roles", List.of("analyst", "offline_access", "INVESTIGATOR")),
                "crosslink", Map.of("forces", "norfolk suffolk")));
        Caller caller = callers.fromJwt(jwt);
        assertThat(caller.subject()).isEqualTo("ann.smith");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.INVESTIGATOR);
        assertThat(caller.forces()).containsExactlyInAnyOrder("NORFOLK", "SUFFOLK");
    }

    @Test
    void aTokenWithoutRolesOrForcesGivesACallerWhoSeesNothing() {
        Caller caller = new JwtCallers(properties("sub", "roles", "forces")).fromJwt(jwt(Map.of("sub", "x")));
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.scope().forces()).isEmpty();
        assertThat(caller.scope().allForces()).isFalse();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plus(Duration.ofHours(1)));
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static SecurityProperties properties(String subject, String roles, String forces) {
        return new SecurityProperties(null, null, "crosslink", SecurityProperties.LOCAL_ISSUER, Duration.ofHours(8),
                subject, roles, forces, List.of(), new SecurityProperties.Limits(15, 2000, 15, 65536, Duration.ofSeconds(30)),
                new SecurityProperties.TrustedDocuments(false, ""),
                new SecurityProperties.TokenCache(Duration.ofSeconds(60), 10_000));
    }
}
