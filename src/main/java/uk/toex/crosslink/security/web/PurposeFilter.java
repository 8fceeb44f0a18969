package uk.toex.crosslink.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.DemoMode;

/**
 * Outside the demo, a consultation ({@code POST /graphql}, {@code /ingest}) without an
 * {@code X-Purpose} justification is refused with 400, and the refusal is itself audited.
 * Runs after authentication, so a caller without a token still gets 401 first.
 */
final class PurposeFilter extends OncePerRequestFilter {

    static final String MESSAGE = "The X-Purpose header is required: say why you consult this data"
            + " (an operation name or reference, a review task)";

    private final DemoMode demo;
    private final CurrentCaller callers;
    private final AuditLog audit;

    PurposeFilter(DemoMode demo, CurrentCaller callers, AuditLog audit) {
        this.demo = demo;
        this.callers = callers;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return demo.enabled() || HttpMethod.OPTIONS.matches(request.getMethod())
                || !(Paths.isGraphQl(request) || Paths.isIngest(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (Purpose.of(request.getHeader(Purpose.HEADER)).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller = callers.get().orElseGet(() -> Caller.of("anonymous", List.of(), List.of()));
        String channel = Paths.isGraphQl(request) ? "graphql" : "http";
        audit.record(AuditEntry.by(caller, channel)
                .operation(request.getMethod() + " " + Paths.of(request), "request", List.of())
                .errors(List.of("PURPOSE_MISSING"))
                .outcome(AuditEntry.Outcome.DENIED));
        JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "BAD_REQUEST", MESSAGE);
    }
}
