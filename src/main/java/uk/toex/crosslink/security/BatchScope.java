package uk.toex.crosslink.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which ingest batches a caller may see (docs/SECURITY.md, "Batches"). Batches are not records,
 * so the record rule does not apply: ADMIN and AUDITOR oversee every ingest run; analysts and
 * investigators see the runs of their own forces; a partner sees none (a run's counts include
 * C-handled rows a partner may not know of), whatever other role it holds with it.
 */
public record BatchScope(boolean allForces, Set<String> forces) {

    public BatchScope {
        forces = Set.copyOf(forces);
    }

    public static BatchScope of(Caller caller) {
        if (caller.has(Role.PARTNER)) {
            return new BatchScope(false, Set.of());
        }
        if (caller.has(Role.ADMIN) || caller.has(Role.AUDITOR)) {
            return new BatchScope(true, Set.of());
        }
        if (caller.hasAny(Role.CROSS_FORCE_READERS)) {
            return new BatchScope(caller.allForces(), caller.forces());
        }
        return new BatchScope(false, Set.of());
    }

    /** Bound as {@code $batches} by the batch queries. */
    public Map<String, Object> toParameter() {
        return Map.of("allForces", allForces, "forces", List.copyOf(forces));
    }
}
