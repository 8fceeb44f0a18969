package uk.toex.crosslink.ingest;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditEntry.Outcome;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;

/**
 * One audit event per {@code POST /ingest}: who pushed a batch, why, and what became of it
 * (the batch id and its counts as {@code variables}, {@link IngestReport#auditSummary()}; no row content).
 */
@Component
public class IngestAudit {

    private static final String OPERATION = "POST /ingest";

    private final AuditLog audit;
    private final CurrentCaller callers;

    IngestAudit(AuditLog audit, CurrentCaller callers) {
        this.audit = audit;
        this.callers = callers;
    }

    public void loaded(String purpose, IngestReport report) {
        audit.record(AuditEntry.by(caller(), "http").purpose(purpose)
                .operation(OPERATION, "request", List.of("ingest", report.batchId()))
                .query(null, report.auditSummary(), List.of())
                .errors(report.rejected() > 0 ? List.of("ROWS_REJECTED:" + report.rejected()) : List.of())
                .outcome(Outcome.OK));
    }

    public void refused(String purpose, String classification) {
        audit.record(AuditEntry.by(caller(), "http").purpose(purpose)
                .operation(OPERATION, "request", List.of("ingest")).errors(List.of(classification))
                .outcome(Outcome.DENIED));
    }

    public void failed(String purpose) {
        audit.record(AuditEntry.by(caller(), "http").purpose(purpose)
                .operation(OPERATION, "request", List.of("ingest")).errors(List.of("INGEST_FAILED"))
                .outcome(Outcome.ERROR));
    }

    private Caller caller() {
        return callers.get().orElseGet(() -> Caller.of("anonymous", List.of(), List.of()));
    }
}
