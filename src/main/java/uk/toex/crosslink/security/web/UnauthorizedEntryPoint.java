package uk.toex.crosslink.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for a missing or bad token, the same for every kind (expired, bad signature, wrong
 * issuer...): telling them apart would help an attacker, not the caller.
 */
final class UnauthorizedEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crosslink\"");
        JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED",
                "A valid bearer token is required (Authorization: Bearer <token>).");
    }
}
