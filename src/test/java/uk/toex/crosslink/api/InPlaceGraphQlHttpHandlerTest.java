package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlDispatches;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * {@code POST /graphql} is answered in the request's own servlet dispatch when execution has finished
 * on the request's thread, and through the servlet's async support when it finishes later; either way
 * with the same answer and with its one audit event recorded before the answer.
 */
@CrosslinkTest
class InPlaceGraphQlHttpHandlerTest {

    private static final Map<String, String> ME = Map.of("query", "{ me { subject } }");

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    CypherRunner cypher;

    WebTestClient analyst;

    @BeforeEach
    void emptyStore() {
        TestNeo4j.clear();
        analyst = graphQl.client(graphQl.tokens().of("analyst", Set.of(Role.ANALYST), "NORFOLK"));
    }

    @Test
    void aQueryFinishedOnTheRequestThreadIsAnsweredWithoutASecondDispatch() {
        long requests = GraphQlDispatches.count(DispatcherType.REQUEST);
        long asyncBefore = GraphQlDispatches.count(DispatcherType.ASYNC);

        analyst.post().contentType(MediaType.APPLICATION_JSON).bodyValue(ME).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.data.me.subject").isEqualTo("analyst");

        assertThat(GraphQlDispatches.count(DispatcherType.REQUEST)).isEqualTo(requests + 1);
        assertThat(GraphQlDispatches.count(DispatcherType.ASYNC)).isEqualTo(asyncBefore);
        assertThat(okEventsOf("analyst")).isEqualTo(1);
    }

    @Test
    void aQueryThatFinishesOnAnotherThreadIsStillAnsweredAndAuditedOnce() {
        long asyncBefore = GraphQlDispatches.count(DispatcherType.ASYNC);

        analyst.post().contentType(MediaType.APPLICATION_JSON).header(GraphQlDispatches.ANSWER_LATER, "yes")
                .bodyValue(ME).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.me.subject").isEqualTo("analyst");

        assertThat(GraphQlDispatches.count(DispatcherType.ASYNC)).isEqualTo(asyncBefore + 1);
        assertThat(okEventsOf("analyst")).isEqualTo(1);
    }

    @Test
    void aDocumentThatDoesNotValidateKeepsItsStatusAndLeavesItsOneEvent() {
        // graphql-response+json asks for 400 when there is no data; the status is chosen as before
        analyst.post().contentType(MediaType.APPLICATION_JSON).accept(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .bodyValue(Map.of("query", "{ noSuchField }")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                .expectBody().jsonPath("$.errors[0].extensions.classification").isEqualTo("ValidationError");

        Map<String, Object> counts = cypher.readOne("test/audit-counts", AccessScope.system(), Map.of("subject", "analyst"));
        assertThat(((Number) counts.get("all")).longValue()).isEqualTo(1);
    }

    private long okEventsOf(String subject) {
        Map<String, Object> counts = cypher.readOne("test/audit-counts", AccessScope.system(), Map.of("subject", subject));
        assertThat(((Number) counts.get("all")).longValue()).as("audit events in all").isEqualTo(1);
        return ((Number) counts.get("mine")).longValue();
    }
}
