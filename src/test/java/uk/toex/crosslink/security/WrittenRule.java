package uk.toex.crosslink.security;

import java.util.Collection;
import java.util.List;

/**
 * The visibility rule as docs/SECURITY.md and issue 4 write it, for tests to compute what a caller
 * must see without asking the service's Cypher:
 * <ul>
 *   <li>a record is visible when its force is the caller's, or it is handled P and the caller is an
 *       ANALYST or INVESTIGATOR; C records only to their own force;</li>
 *   <li>a PARTNER sees only P records of its own forces, and never the identity of a person flagged
 *       VICTIM or SAFEGUARDING_REFERRAL on any of their records, nor such a person's phones, emails,
 *       documents or addresses by any path: lists from the person are withheld, lists leading to
 *       persons leave the person out, and both say so (the {@code withheld} marker);</li>
 *   <li>an AUDITOR alone reads no person data; an ADMIN reads its own forces.</li>
 * </ul>
 */
final class WrittenRule {

    private static final List<String> PROTECTING_FLAGS = List.of("VICTIM", "SAFEGUARDING_REFERRAL");

    private WrittenRule() {
    }

    static boolean sees(Role role, Collection<String> callerForces, String force, String handling) {
        boolean own = callerForces.contains("*") || callerForces.contains(force);
        boolean protectedHandling = "P".equals(handling);
        return switch (role) {
            case ANALYST, INVESTIGATOR -> own || protectedHandling;
            case PARTNER -> own && protectedHandling;
            case ADMIN -> own;
            case AUDITOR -> false;
        };
    }

    static boolean hidesIdentity(Role role, Collection<String> flagsOnAnyRecordOfThePerson) {
        return hidesProtectedPersons(role) && flagsOnAnyRecordOfThePerson.stream().anyMatch(PROTECTING_FLAGS::contains);
    }

    /** Whether protected persons' identities and contact details are hidden from the role at all. */
    static boolean hidesProtectedPersons(Role role) {
        return role == Role.PARTNER;
    }
}
