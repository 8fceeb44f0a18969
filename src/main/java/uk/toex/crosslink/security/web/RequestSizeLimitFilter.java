package uk.toex.crosslink.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * GraphQL request bodies larger than {@code crosslink.security.limits.max-request-bytes} get
 * 413 before anything reads them. A body without a length (chunked) is cut off at the limit
 * by {@link LimitedBodyRequest} and fails to parse.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Paths.isGraphQl(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "BAD_REQUEST",
                    "Request body too large: at most " + maxBytes + " bytes are accepted");
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    }
}
