package uk.toex.crosslink.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpMethod;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;

/**
 * The audit's safety net for {@code /graphql} and {@code /ingest}: a request of an authenticated
 * caller with a purpose that is answered 4xx or 5xx without having left an event (refused before
 * GraphQL or the ingest controller saw it: too large, wrong media type, GET, a batched array, a
 * body that does not parse) leaves one here, {@code denied} (or {@code error} for 5xx) with the
 * status as classification ({@code HTTP_413}). Whatever records its own event marks the request
 * ({@link #markAudited}) so that nothing is recorded twice.
 */
public final class RefusalAudit extends OncePerRequestFilter {

    /** Request attribute holding the request's mark: an {@link AtomicBoolean}, set once audited. */
    public static final String MARK = RefusalAudit.class.getName();

    private final CurrentCaller callers;
    private final AuditLog audit;

    RefusalAudit(CurrentCaller callers, AuditLog audit) {
        this.callers = callers;
        this.audit = audit;
    }

    /** Marks the request on this thread (if any) as audited. */
    public static void markAudited() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            markAudited(attributes.getAttribute(MARK, RequestAttributes.SCOPE_REQUEST));
        }
    }

    /** Marks a request as audited through its mark (from request attributes). */
    public static void markAudited(Object mark) {
        if (mark instanceof AtomicBoolean audited) {
            audited.set(true);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return HttpMethod.OPTIONS.matches(request.getMethod()) || !(Paths.isGraphQl(request) || Paths.isIngest(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AtomicBoolean audited = new AtomicBoolean();
        request.setAttribute(MARK, audited);
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status >= 400 && !audited.get() && !request.isAsyncStarted()) {
                Caller caller = callers.get().orElseGet(() -> Caller.of("anonymous", List.of(), List.of()));
                audit.record(AuditEntry.by(caller, Paths.isGraphQl(request) ? "graphql" : "http")
                        .purpose(Purpose.of(request.getHeader(Purpose.HEADER)).orElse(null))
                        .operation(request.getMethod() + " " + Paths.of(request), "request", List.of())
                        .errors(List.of("HTTP_" + status))
                        .outcome(status >= 500 ? AuditEntry.Outcome.ERROR : AuditEntry.Outcome.DENIED));
            }
        }
    }
}
