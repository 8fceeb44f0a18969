package uk.toex.crosslink.security.graphql;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.toex.crosslink.security.Role;

/**
 * Which roles may call which root field. Queries are open to every authenticated caller (what
 * they return is limited by the caller's scope) unless listed; mutations need ADMIN unless
 * listed, so a new mutation is closed until someone opens it here.
 */
final class RootFieldPolicy {

    private static final Map<String, Set<Role>> LISTED = Map.of(
            "Query.auditEvents", EnumSet.of(Role.AUDITOR),
            "Mutation.decideMatch", EnumSet.of(Role.ANALYST, Role.INVESTIGATOR),
            "Mutation.reviewHarmFlag", EnumSet.of(Role.ANALYST, Role.INVESTIGATOR),
            "Mutation.ingest", EnumSet.of(Role.ADMIN));

    private RootFieldPolicy() {
    }

    /** @return the roles of which the caller needs one, or an empty set when any caller may */
    static Set<Role> required(String rootType, String field) {
        Set<Role> listed = LISTED.get(rootType + "." + field);
        if (listed != null) {
            return listed;
        }
        return "Query".equals(rootType) ? Set.of() : EnumSet.of(Role.ADMIN);
    }
}
