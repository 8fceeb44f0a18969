package uk.toex.crosslink.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.toex.crosslink.store.ReadScope;

/**
 * What one caller may see, as bound into every read query as {@code $scope} and tested by
 * {@code cypher/fragments/visible.cypher} (and {@code identity-hidden.cypher}). Built from the
 * caller's roles and forces by {@link Caller#scope()}; {@link CallerScopes#current()} is where
 * every entry point gets it.
 *
 * @param subject                  who is asking (token subject or command-line user)
 * @param forces                   forces whose records the caller owns
 * @param allForces                caller holds every force ({@code forces '*'})
 * @param seesOtherForcesProtected P-handled records of other forces are visible (analysts, investigators)
 * @param partner                  partner callers see only P-handled records, victims redacted
 */
public record AccessScope(String subject, Set<String> forces, boolean allForces,
                          boolean seesOtherForcesProtected, boolean partner) implements ReadScope {

    public AccessScope {
        forces = Set.copyOf(forces);
    }

    /** Full access, for the local system itself (ingest, resolution, demo seeding, commands). */
    public static AccessScope system() {
        return new AccessScope("system", Set.of(), true, true, false);
    }

    /** Sees no record at all (an auditor without a data-reading role). */
    public static AccessScope none(String subject) {
        return new AccessScope(subject, Set.of(), false, false, false);
    }

    /** Whether the identity of persons with {@link Redaction#PROTECTED_FLAGS} is hidden. */
    public boolean hidesProtectedIdentities() {
        return partner;
    }

    @Override
    public Map<String, Object> toParameter() {
        return Map.of(
                "forces", List.copyOf(forces),
                "allForces", allForces,
                "seesOtherForcesProtected", seesOtherForcesProtected,
                "partner", partner,
                "protectedFlags", List.copyOf(Redaction.PROTECTED_FLAGS));
    }
}
