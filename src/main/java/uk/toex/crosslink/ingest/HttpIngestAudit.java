package uk.toex.crosslink.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditEntryBuilder;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.DemoMode;
import uk.toex.crosslink.security.web.Purpose;

/**
 * One audit event per {@code POST /ingest} that got past authentication, role and purpose checks
 * (refusals before that are answered, and audited, by security): who pushed which batch and why,
 * and what it changed, as counts. Recorded before the response leaves; a batch report carries
 * record ids and codes, never personal values, and the event holds only the counts.
 */
@Component
class HttpIngestAudit {

    static final String OPERATION = "POST /ingest";

    private final AuditLog audit;
    private final CurrentCaller callers;
    private final DemoMode demo;

    HttpIngestAudit(AuditLog audit, CurrentCaller callers, DemoMode demo) {
        this.audit = audit;
        this.callers = callers;
        this.demo = demo;
    }

    void loaded(HttpServletRequest request, IngestReport report) {
        audit.record(entry(request).query(null, report.auditSummary(), List.of()).outcome(AuditEntry.Outcome.OK));
    }

    /** A push that loaded nothing, or failed part-way: {@code reason} is a classification, never a message. */
    void failed(HttpServletRequest request, String reason) {
        audit.record(entry(request).errors(List.of(reason)).outcome(AuditEntry.Outcome.ERROR));
    }

    private AuditEntryBuilder entry(HttpServletRequest request) {
        Caller caller = callers.get().orElseGet(() -> Caller.of("anonymous", List.of(), List.of()));
        String purpose = Purpose.of(request.getHeader(Purpose.HEADER)).orElse(demo.enabled() ? Purpose.DEMO : null);
        return AuditEntry.by(caller, "http").purpose(purpose).operation(OPERATION, "request", List.of("ingest"));
    }
}
