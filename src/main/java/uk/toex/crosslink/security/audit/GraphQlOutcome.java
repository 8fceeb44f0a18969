package uk.toex.crosslink.security.audit;

import graphql.GraphQLError;
import java.util.List;
import java.util.Set;
import uk.toex.crosslink.security.AuditEntry.Outcome;

/**
 * The audit outcome of a GraphQL response: denied when any error is a refusal (forbidden,
 * unauthorised, or a limit that aborted execution), error for any other error, else ok. NOT_FOUND
 * (a federation representation naming nothing the caller may see) is an answer, as a null from
 * {@code node(id:)} is: it stays in the event's error classifications but leaves the outcome ok.
 */
final class GraphQlOutcome {

    private static final String NOT_FOUND = "NOT_FOUND";
    private static final Set<String> REFUSALS = Set.of("FORBIDDEN", "UNAUTHORIZED", "ExecutionAborted");

    private GraphQlOutcome() {
    }

    static Outcome of(List<GraphQLError> errors) {
        List<String> failures = classifications(errors).stream().filter(c -> !NOT_FOUND.equals(c)).toList();
        if (failures.isEmpty()) {
            return Outcome.OK;
        }
        return failures.stream().anyMatch(REFUSALS::contains) ? Outcome.DENIED : Outcome.ERROR;
    }

    /** Error classifications only: messages may quote the caller's values. */
    static List<String> classifications(List<GraphQLError> errors) {
        return errors.stream()
                .map(e -> e.getErrorType() == null ? "UNKNOWN" : e.getErrorType().toString())
                .distinct().toList();
    }
}
