package uk.toex.crosslink.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 when the caller's roles do not allow the endpoint (e.g. ingest without ADMIN). */
final class ForbiddenHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                "Your roles do not allow this request.");
    }
}
