package uk.toex.crosslink.support;

import java.time.Duration;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Real HTTP GraphQL requests to the running service, with documents from {@code graphql-test/}. */
public final class GraphQlClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private GraphQlClient() {
    }

    public static HttpGraphQlTester to(int port) {
        WebTestClient client = WebTestClient.bindToServer().responseTimeout(TIMEOUT).baseUrl("http://localhost:" + port + "/graphql").build();
        // the first request of a JVM plans every query; later ones take milliseconds
        return HttpGraphQlTester.create(client).mutate().responseTimeout(TIMEOUT).build();
    }
}
