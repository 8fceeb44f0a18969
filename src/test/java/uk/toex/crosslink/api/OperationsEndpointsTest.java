package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;

/** What the platforms forces run need: probes, metrics, and GraphiQL for people. */
@CrosslinkTest
class OperationsEndpointsTest {

    @Autowired
    GraphQlTesters graphQl;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = graphQl.http().build();
    }

    @Test
    void livenessIsUp() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void readinessIsUpAndIncludesTheStore() {
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.status").isEqualTo("UP")
                .jsonPath("$.components.neo4j.details").doesNotExist();
    }

    @Test
    void prometheusExposesJvmAndGraphQlRequestMetrics() {
        graphQl.analyst("NORFOLK").document("{ forces { totalCount } }").execute().path("forces.totalCount").hasValue();
        // metrics are for the people who run the service
        http.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer " + graphQl.tokens().admin()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes").contains("graphql_request_seconds_count"));
    }

    @Test
    void graphiqlIsServedFromTheJarWithEveryAssetOpenAndNothingFromTheInternet() {
        String page = http.get().uri("/graphiql").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("GraphiQL").doesNotContain("https://").doesNotContain("http://");
        java.util.List<String> assets = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page)
                .results().map(m -> m.group(1)).toList();
        assertThat(assets).contains("/favicon.ico").anyMatch(a -> a.startsWith("/webjars/graphiql/"));
        // no token: a browser asks for these before anyone can paste one
        assets.forEach(asset -> http.get().uri(asset).exchange().expectStatus().isOk());
    }

    @Test
    void outsideTheDemoGraphiqlOpensOnHowToPasteAToken() {
        http.get().uri("/graphiql").exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("PASTE-TOKEN-HERE").contains("X-Purpose").contains("token --user"));
    }
}
