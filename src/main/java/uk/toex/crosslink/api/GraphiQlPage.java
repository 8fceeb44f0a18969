package uk.toex.crosslink.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.toex.crosslink.security.DemoMode;

/**
 * GraphiQL, served from the jar with its assets (WebJars) so that it works on a network with
 * no internet, which Spring's stock page (a CDN import map) does not. In the demo it opens on a
 * query that runs as it is; otherwise on how to get and paste a token.
 */
@RestController
class GraphiQlPage {

    private static final String TOKEN_HEADERS =
            "{\n  \"Authorization\": \"Bearer PASTE-TOKEN-HERE\",\n  \"X-Purpose\": \"OP-1234 linkage review\"\n}";

    private final String html;

    GraphiQlPage(DemoMode demo, ObjectMapper json) {
        Map<String, Object> settings = demo.enabled()
                ? Map.of("endpoint", "/graphql", "query", text("demo-query.graphql"), "headers", "", "showHeaders", false)
                : Map.of("endpoint", "/graphql", "query", text("token-query.graphql"), "headers", TOKEN_HEADERS,
                        "showHeaders", true);
        try {
            // "</" would end the <script> element the settings sit in
            this.html = text("page.html").replace("__SETTINGS__", json.writeValueAsString(settings).replace("</", "<\\/"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping(value = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return html;
    }

    private static String text(String name) {
        try {
            return new ClassPathResource("graphiql/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("GraphiQL page resource missing: " + name, e);
        }
    }
}
