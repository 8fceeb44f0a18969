package uk.toex.crosslink.investigations;

import java.util.List;
import java.util.Set;
import uk.toex.crosslink.security.Role;

/**
 * A saved investigation as its file declares it (docs: cypher/investigations/README.md).
 *
 * @param roles         roles that may run it; empty = every role that reads person data
 * @param statement     the Cypher statement, exactly as written
 * @param source        where it came from (classpath or file path), for messages
 * @param statementLine the file line the statement starts on
 */
public record Investigation(String name, String title, String description, List<InvestigationParameter> parameters,
                            Set<Role> roles, String statement, String source, int statementLine) {

    public Investigation {
        parameters = List.copyOf(parameters);
        roles = Set.copyOf(roles);
    }

    /** Who may run it: the declared roles, else any role that reads person data. */
    public Set<Role> allowedRoles() {
        return roles.isEmpty() ? Role.DATA_READERS : roles;
    }
}
