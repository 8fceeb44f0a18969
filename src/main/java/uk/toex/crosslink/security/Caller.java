package uk.toex.crosslink.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: a token's subject, roles and forces (or the demo analyst). Turned into the
 * {@link AccessScope} every read carries.
 *
 * @param allForces the caller holds every force ({@code forces: ["*"]})
 * @param demo      the anonymous demo analyst of {@code --demo}
 */
public record Caller(String subject, Set<Role> roles, Set<String> forces, boolean allForces, boolean demo) {

    public static final String ALL_FORCES = "*";

    public Caller {
        roles = Set.copyOf(roles);
        forces = Set.copyOf(forces);
    }

    public static Caller of(String subject, Collection<Role> roles, Collection<String> forces) {
        boolean all = forces.contains(ALL_FORCES);
        Set<String> own = new TreeSet<>(forces);
        own.remove(ALL_FORCES);
        return new Caller(subject, Set.copyOf(roles), own, all, false);
    }

    /** The anonymous caller of {@code --demo}: an analyst of every force, so GraphiQL works at once. */
    public static Caller demoAnalyst() {
        return new Caller("demo", Set.of(Role.ANALYST), Set.of(), true, true);
    }

    /**
     * Whoever runs a command on this machine: they already hold the store, so commands read
     * with {@link AccessScope#system()}; this names them in audit events.
     */
    public static Caller commandLineOperator() {
        return commandLineOperator("os:" + System.getProperty("user.name", "unknown"));
    }

    /** The operator of a command under the name it gave ({@code cli.OperatorOptions}). */
    public static Caller commandLineOperator(String subject) {
        return new Caller(subject, Set.of(), Set.of(), true, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /**
     * The record-visibility scope. PARTNER restrictions win over any other role held with it;
     * a caller with no data-reading role (an auditor alone) sees no records at all.
     */
    public AccessScope scope() {
        if (!hasAny(Role.DATA_READERS)) {
            return AccessScope.none(subject);
        }
        boolean partner = has(Role.PARTNER);
        boolean crossForce = !partner && hasAny(Role.CROSS_FORCE_READERS);
        return new AccessScope(subject, forces, allForces, crossForce, partner);
    }

    /** Whether this caller may change records of {@code force} ({@link AccessScope#writesFor}). */
    public boolean writesFor(String force) {
        return scope().writesFor(force);
    }

    /** Forces as written in tokens and audit events, sorted: {@code *} for all. */
    public List<String> forceClaim() {
        Set<String> all = new TreeSet<>(forces);
        if (allForces) {
            all.add(ALL_FORCES);
        }
        return List.copyOf(all);
    }
}
