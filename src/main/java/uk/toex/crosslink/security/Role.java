package uk.toex.crosslink.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a caller may do, carried in the token's {@code roles} claim. */
public enum Role {
    /** Reads own forces' records and every force's P-handled records. */
    ANALYST,
    /** As an analyst, and decides review matches. */
    INVESTIGATOR,
    /** A partner agency: own forces' P-handled records only, victims' identities redacted. */
    PARTNER,
    /** Reads the audit log; no person data unless also holding another role. */
    AUDITOR,
    /** Ingests batches and runs the service. */
    ADMIN;

    /** Roles that read records of other forces when handled {@code P}. */
    public static final Set<Role> CROSS_FORCE_READERS = EnumSet.of(ANALYST, INVESTIGATOR);

    /** Roles that read person data at all (an auditor alone does not). */
    public static final Set<Role> DATA_READERS = EnumSet.of(ANALYST, INVESTIGATOR, PARTNER, ADMIN);

    public static Optional<Role> parse(String name) {
        String wanted = name.strip().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** The Spring Security authority for this role, {@code ROLE_ANALYST} and so on. */
    public String authority() {
        return "ROLE_" + name();
    }
}
