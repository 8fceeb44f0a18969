package uk.toex.crosslink.security.audit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

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
