package uk.toex.crosslink.api;

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
    void graphiqlIsServedForTheGraphQlEndpoint() {
        http.get().uri("/graphiql?path=/graphql").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body).containsIgnoringCase("graphiql"));
        http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> org.assertj.core.api.Assertions.assertThat(location).contains("path=/graphql"));
    }
}
