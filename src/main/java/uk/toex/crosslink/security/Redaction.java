package uk.toex.crosslink.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Hides the identity of victims and safeguarding referrals from callers who may not see it
 * (partners): the fields stay present and say {@link #MARKER}, so the caller knows something
 * was withheld rather than missing. Flags are those of every record resolved into the person,
 * visible to the caller or not ({@code cypher/fragments/identity-hidden.cypher} computes the
 * same in queries).
 */
@Component
public class Redaction {

    public static final String MARKER = "[REDACTED]";

    /** Person-record flags that protect the person's identity. */
    public static final List<String> PROTECTED_FLAGS = List.of("VICTIM", "SAFEGUARDING_REFERRAL");

    /** PersonRecord properties that identify a person (see docs/MODEL.md). */
    public static final Set<String> IDENTITY_FIELDS = Set.of("givenNames", "familyName", "aliases", "dob",
            "phones", "emails", "address", "postcode", "idDocuments", "nationality", "displayName");

    /** Prefix of the properties that keep a source's unnamed columns (docs/MODEL.md). */
    private static final String EXTRA_PREFIX = "extra.";

    public boolean hidesIdentity(AccessScope scope, Collection<String> personFlags) {
        return scope.hidesProtectedIdentities() && personFlags != null
                && personFlags.stream().anyMatch(PROTECTED_FLAGS::contains);
    }

    /** A single identifying value (name, dob, display name...), or the marker. */
    public String value(AccessScope scope, Collection<String> personFlags, String value) {
        return hidesIdentity(scope, personFlags) ? MARKER : value;
    }

    /** A record's properties with every identity field replaced by the marker when hidden. */
    public Map<String, Object> record(AccessScope scope, Collection<String> personFlags, Map<String, Object> properties) {
        if (!hidesIdentity(scope, personFlags)) {
            return properties;
        }
        Map<String, Object> redacted = new LinkedHashMap<>(properties);
        redacted.replaceAll((key, v) -> identifies(key) && v != null ? redact(v) : v);
        return redacted;
    }

    /** Named identity fields, and every column the contract does not name (a nickname, a note...). */
    private static boolean identifies(String property) {
        return IDENTITY_FIELDS.contains(property) || property.startsWith(EXTRA_PREFIX);
    }

    private static Object redact(Object value) {
        return value instanceof Collection<?> ? List.of(MARKER) : MARKER;
    }
}
