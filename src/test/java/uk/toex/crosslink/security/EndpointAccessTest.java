package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.cli.TokenCommandRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;

/** Which caller reaches which endpoint, and the scope a thread without a caller gets. */
@CrosslinkTest
class EndpointAccessTest {

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    CallerScopes scopes;

    @Test
    void httpIngestNeedsAnAdmin() {
        ingest(null).expectStatus().isUnauthorized();
        ingest(graphQl.tokens().analyst("*")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN");
        ingest(graphQl.tokens().of("inv", Set.of(Role.INVESTIGATOR, Role.AUDITOR), "*")).expectStatus().isForbidden();
        ingest(graphQl.tokens().admin()).expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
    }

    @Test
    void theGraphiqlPageAndHealthProbesAreOpenButMetricsAreForAdmins() {
        graphQl.http().build().get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk();
        graphQl.http().build().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        graphQl.http().build().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        graphQl.http().build().get().uri("/actuator/prometheus")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + graphQl.tokens().analyst("*")).exchange().expectStatus().isForbidden();
    }

    @Test
    void thePrintedSchemaNeedsAToken() {
        graphQl.http().build().get().uri("/graphql/schema").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aTokenFromTheTokenCommandOnTheSameDataDirectoryIsAccepted() {
        TokenCommandRunner.Run run = TokenCommandRunner.run("--data-dir", "target/test-data", "token",
                "--user", "cli-user", "--roles", "PARTNER", "--forces", "ESSEX");
        assertThat(run.exit()).isZero();
        graphQl.withToken(run.out().strip()).document("{ me { subject roles forces redactsProtectedIdentities } }").execute()
                .path("me.subject").entity(String.class).isEqualTo("cli-user")
                .path("me.forces").entityList(String.class).containsExactly("ESSEX")
                .path("me.redactsProtectedIdentities").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void aServiceThreadWithoutAnAuthenticatedCallerReadsNothing() {
        assertThatThrownBy(scopes::current).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("AccessScope.system()");
    }

    private WebTestClient.ResponseSpec ingest(String token) {
        WebTestClient.RequestBodySpec request = graphQl.http().build().post().uri("/ingest").header("X-Purpose", "load");
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange();
    }
}
