package uk.toex.crosslink.security.audit;

import java.time.OffsetDateTime;
import uk.toex.crosslink.security.AuditEntry.Outcome;

/** The GraphQL {@code AuditEventFilter}: every field optional. */
public record AuditEventFilter(String subject, OffsetDateTime from, OffsetDateTime to, String operation,
                               String purpose, Outcome outcome, String value) {

    static final AuditEventFilter NONE = new AuditEventFilter(null, null, null, null, null, null, null);
}
