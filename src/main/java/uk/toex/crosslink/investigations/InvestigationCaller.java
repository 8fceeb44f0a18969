package uk.toex.crosslink.investigations;

import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Caller;

/**
 * Who runs an investigation, through which entry point, and why.
 *
 * @param scope    what the caller may see: the run's view of the graph is exactly this
 * @param channel  {@code graphql} or {@code cli}, for the audit log
 * @param operator the command-line operator who holds the store (no role check; still audited)
 */
public record InvestigationCaller(Caller caller, AccessScope scope, String channel, String purpose, boolean operator) {
}
