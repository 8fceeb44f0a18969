package uk.toex.crosslink.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small fixed JSON error bodies for refusals made before GraphQL runs: no detail leaks. */
final class JsonErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    /** A GraphQL-shaped error body, so GraphQL clients show the message. */
    static void write(HttpServletResponse response, int status, String classification, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("classification", classification));
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors", java.util.List.of(error))));
    }
}
