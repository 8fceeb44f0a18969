package uk.toex.crosslink.api;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.security.audit.AuditEventConnection;
import uk.toex.crosslink.security.audit.AuditEventFilter;
import uk.toex.crosslink.security.audit.AuditEvents;

/** {@code auditEvents}; only AUDITOR reaches it (security.graphql.RootFieldPolicy). */
@Controller
class AuditEventsController {

    private final AuditEvents events;

    AuditEventsController(AuditEvents events) {
        this.events = events;
    }

    @QueryMapping
    AuditEventConnection auditEvents(@Argument AuditEventFilter filter, @Argument Integer first, @Argument String after) {
        return events.page(filter, first == null ? 50 : first, after);
    }
}
