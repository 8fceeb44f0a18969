package uk.toex.crosslink.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlClient;

/** What the platforms forces run need: probes, metrics, and GraphiQL for people. */
@CrosslinkTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
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
        GraphQlClient.to(port).document("{ forces { totalCount } }").execute().path("forces.totalCount").hasValue();
        http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("jvm_memory_used_bytes").contains("graphql_request_seconds_count"));
    }

    @Test
    void graphiqlIsServedForTheGraphQlEndpoint() {
        http.get().uri("/graphiql?path=/graphql").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body).containsIgnoringCase("graphiql"));
        http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location).contains("path=/graphql"));
    }
}
