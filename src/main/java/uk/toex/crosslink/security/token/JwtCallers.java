package uk.toex.crosslink.security.token;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.security.SecurityProperties;

/**
 * Reads a validated token's subject, roles and forces, wherever the issuer puts them
 * ({@code roles}, or e.g. Keycloak's {@code realm_access.roles}). Unknown roles are ignored.
 */
@Component
public class JwtCallers {

    private final SecurityProperties properties;

    public JwtCallers(SecurityProperties properties) {
        this.properties = properties;
    }

    public Caller fromJwt(Jwt jwt) {
        Object named = claim(jwt, properties.subjectClaim());
        String subject = named instanceof String s && !s.isBlank() ? s : jwt.getSubject();
        List<Role> roles = strings(jwt, properties.rolesClaim()).stream()
                .map(Role::parse).flatMap(Optional::stream).toList();
        List<String> forces = strings(jwt, properties.forcesClaim()).stream()
                .map(f -> f.strip().toUpperCase(Locale.ROOT)).filter(f -> !f.isEmpty()).toList();
        return Caller.of(subject == null ? "unknown" : subject, roles, forces);
    }

    /** A claim at a dotted path as strings: a JSON array, or a comma- or space-separated string. */
    static List<String> strings(Jwt jwt, String path) {
        Object value = claim(jwt, path);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }

    private static Object claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String step : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        return value;
    }
}
