package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/** DPA 2018 s.62: every consultation leaves exactly one append-only event that says who, when, why and what. */
@CrosslinkTest
class AuditTrailTest {

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    Driver driver;

    @BeforeEach
    void emptyStore() {
        TestNeo4j.clear();
    }

    @Test
    void eachRequestLeavesExactlyOneEventWithWhoWhenWhyAndWhat() {
        graphQl.analyst("NORFOLK", "SUFFOLK").document("query WhoAmI { me { subject } }").execute()
                .path("me.subject").entity(String.class).isEqualTo("analyst");

        List<Map<String, Object>> events = events();
        assertThat(events).hasSize(1);
        Map<String, Object> e = events.get(0);
        assertThat(e).containsEntry("channel", "graphql").containsEntry("subject", "analyst")
                .containsEntry("roles", List.of("ANALYST")).containsEntry("forces", List.of("NORFOLK", "SUFFOLK"))
                .containsEntry("purpose", GraphQlTesters.PURPOSE).containsEntry("operation", "WhoAmI")
                .containsEntry("operationType", "query").containsEntry("fields", List.of("me"))
                .containsEntry("outcome", "ok").containsEntry("errors", List.of());
        assertThat((String) e.get("queryHash")).matches("[0-9a-f]{64}");
        assertThat(e.get("at")).isNotNull();
    }

    @Test
    void theSameDocumentSentAgainLeavesAnEventEachTimeWithItsOwnVariables() {
        // the document is parsed, validated and summarised once; each request is still audited on its own
        String query = "query Find($who: String) { auditEvents(filter: {subject: $who}) { totalCount } }";
        for (String who : List.of("first-caller", "second-caller", "third-caller")) {
            graphQl.auditor().document(query).variable("who", who).execute()
                    .path("auditEvents.totalCount").entity(Integer.class).isEqualTo(0);
        }
        List<Map<String, Object>> events = events();
        assertThat(events).hasSize(3).allSatisfy(e -> assertThat(e)
                .containsEntry("operation", "Find").containsEntry("fields", List.of("auditEvents")).containsEntry("outcome", "ok"));
        assertThat(events).extracting(e -> e.get("variables")).doesNotHaveDuplicates();
        assertThat(events).extracting(e -> e.get("queryHash")).containsOnly(events.get(0).get("queryHash"));
    }

    @Test
    void personalValuesInVariablesAreKeptOnlyAsKeyedHashesAndCanBeSearchedFor() {
        String query = "query Find($who: String, $first: Int) { auditEvents(filter: {subject: $who}, first: $first) { totalCount } }";
        graphQl.auditor().document(query).variable("who", "Иванов O'Brien").variable("first", 5).execute()
                .path("auditEvents.totalCount").entity(Integer.class).isEqualTo(0);

        Map<String, Object> event = events().get(0);
        String variables = (String) event.get("variables");
        assertThat(variables).doesNotContain("Иванов", "Brien").contains("\"first\":5").containsPattern("\"who\":\"hmac:[0-9a-f]{64}\"");

        graphQl.auditor().document("{ auditEvents(filter: {value: \"Иванов O'Brien\"}) { edges { node { operation variables } } } }")
                .execute()
                .path("auditEvents.edges[*].node.operation").entityList(String.class).containsExactly("Find");
    }

    @Test
    void whatWasDisclosedIsRecordedAsTheIdsReturned() {
        graphQl.analyst("NORFOLK").document("{ me { subject } }").execute();
        graphQl.analyst("NORFOLK").document("{ me { subject } }").execute();
        List<String> shown = graphQl.auditor().document("{ auditEvents { edges { node { id } } } }").execute()
                .path("auditEvents.edges[*].node.id").entityList(String.class).hasSize(2).get();

        Map<String, Object> auditorsEvent = events().get(0);
        assertThat(auditorsEvent).containsEntry("subject", "auditor").containsEntry("disclosedCount", 2L);
        assertThat(auditorsEvent.get("disclosedIds")).isEqualTo(shown);
    }

    static final String GLOBAL_1001 = uk.toex.crosslink.graph.GlobalId.encode("PersonRecord", "NORFOLK/ATHENA/1001");

    @Test
    void namesReadWithoutTheirIdsAreRecordedAsDisclosedAllTheSame() {
        uk.toex.crosslink.support.Fixtures.load("world");
        String id = graphQl.analyst("NORFOLK").document("{ personRecord(id: \"" + GLOBAL_1001 + "\") { id } }")
                .execute().path("personRecord.id").entity(String.class).get();
        TestNeo4j.clear();
        uk.toex.crosslink.support.Fixtures.load("world");

        graphQl.analyst("NORFOLK").document("{ personRecord(id: \"" + GLOBAL_1001 + "\") { givenNames familyName dob } }")
                .execute().path("personRecord.familyName").hasValue();

        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("disclosedCount", 1L);
            assertThat(e.get("disclosedIds")).isEqualTo(List.of(id));
        });
    }

    @Test
    void requestsRefusedBeforeGraphQlSeesThemAreAuditedAsDenied() {
        var client = graphQl.client(graphQl.tokens().analyst("NORFOLK"));
        List<Integer> statuses = new java.util.ArrayList<>();
        statuses.add(client.post().header(HttpHeaders.CONTENT_TYPE, "text/plain").bodyValue("{ me { subject } }")
                .exchange().returnResult(String.class).getStatus().value());
        statuses.add(client.get().uri(u -> u.queryParam("query", "{q}").build("{ me { subject } }"))
                .exchange().returnResult(String.class).getStatus().value());
        statuses.add(client.post().header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("[{\"query\":\"{ me { subject } }\"},{\"query\":\"{ me { roles } }\"}]")
                .exchange().returnResult(String.class).getStatus().value());
        statuses.add(client.post().header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"query\":\"" + "#".repeat(70_000) + "\"}").exchange().returnResult(String.class).getStatus().value());

        assertThat(statuses).allSatisfy(status -> assertThat(status).isBetween(400, 499));
        assertThat(statuses.get(3)).isEqualTo(413);
        List<Map<String, Object>> events = new java.util.ArrayList<>(events());
        java.util.Collections.reverse(events);
        assertThat(events).hasSize(4).allSatisfy(e -> assertThat(e).containsEntry("subject", "analyst")
                .containsEntry("outcome", "denied").containsEntry("purpose", GraphQlTesters.PURPOSE));
        assertThat(events).extracting(e -> e.get("errors"))
                .containsExactlyElementsOf(statuses.stream().map(status -> List.of("HTTP_" + status)).toList());
    }

    @Test
    void aRequestWithoutPurposeIsRefusedAndTheRefusalIsAudited() {
        graphQl.http().baseUrl(graphQl.baseUrl() + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + graphQl.tokens().analyst("NORFOLK")).build()
                .post().header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"query\":\"{ me { subject } }\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("X-Purpose"))
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST");

        assertThat(events()).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("subject", "analyst").containsEntry("outcome", "denied")
                .containsEntry("errors", List.of("PURPOSE_MISSING")));
    }

    @Test
    void aBlankPurposeIsNoPurpose() {
        graphQl.http().baseUrl(graphQl.baseUrl() + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + graphQl.tokens().analyst("NORFOLK"))
                .defaultHeader("X-Purpose", "   ").build()
                .post().header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"query\":\"{ me { subject } }\"}")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void onlyAnAuditorReadsTheAuditLogAndARefusalIsItselfAnEvent() {
        graphQl.as("nosy", Set.of(Role.ANALYST, Role.ADMIN, Role.INVESTIGATOR), "*")
                .document("query Peek { auditEvents { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(err -> assertThat(err.getErrorType().toString()).isEqualTo("FORBIDDEN")));

        assertThat(events()).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("subject", "nosy").containsEntry("operation", "Peek")
                .containsEntry("outcome", "denied").containsEntry("errors", List.of("FORBIDDEN")));
    }

    @Test
    void auditorsFilterByWhoWhatWhyAndPageThroughNewestFirst() {
        for (int i = 0; i < 5; i++) {
            graphQl.analyst("NORFOLK").document("query Q" + i + " { me { subject } }").execute();
        }
        graphQl.investigator("KENT").document("{ me { subject } }").execute();

        graphQl.auditor().document("{ auditEvents(filter: {subject: \"analyst\"}, first: 2) { totalCount"
                        + " edges { node { operation } } pageInfo { hasNextPage endCursor } } }").execute()
                .path("auditEvents.totalCount").entity(Integer.class).isEqualTo(5)
                .path("auditEvents.edges[*].node.operation").entityList(String.class).containsExactly("Q4", "Q3")
                .path("auditEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = graphQl.auditor().document("{ auditEvents(filter: {subject: \"analyst\"}, first: 2) { pageInfo { endCursor } } }")
                .execute().path("auditEvents.pageInfo.endCursor").entity(String.class).get();
        graphQl.auditor().document("query($c: String) { auditEvents(filter: {subject: \"analyst\"}, first: 10, after: $c)"
                        + " { edges { node { operation } } pageInfo { hasNextPage } } }").variable("c", cursor).execute()
                .path("auditEvents.edges[*].node.operation").entityList(String.class).containsExactly("Q2", "Q1", "Q0")
                .path("auditEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        graphQl.auditor().document("{ auditEvents(filter: {purpose: \"AUTOMATED\", operation: \"me\", outcome: OK}) { totalCount } }")
                .execute().path("auditEvents.totalCount").entity(Integer.class).isEqualTo(6);
    }

    @Test
    void aBadCursorIsABadRequestThatSaysWhichArgument() {
        graphQl.auditor().document("{ auditEvents(after: \"!!nope\") { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(err -> {
                    assertThat(err.getMessage()).contains("after");
                    assertThat(err.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
    }

    @Test
    void auditEventsHaveNoMutationAndTheirCypherOnlyCreates() {
        // other areas have mutations (resolution's review decisions); none may touch audit events
        graphQl.auditor().document("{ __schema { mutationType { fields { name } } } }").execute()
                .path("__schema.mutationType.fields[*].name").entityList(String.class)
                .satisfies(names -> assertThat(names).noneMatch(name -> name.toLowerCase().contains("audit")));
        assertThat(AuditCypherFiles.writesTouchingAuditEvents()).allSatisfy(text ->
                assertThat(text.toUpperCase()).doesNotContain("DELETE", "SET ", "REMOVE ", "MERGE").contains("CREATE"));
    }

    @Test
    void concurrentRequestsEachLeaveTheirOwnEventWithTheirOwnFields() throws Exception {
        // events of requests arriving together are committed together; each still has its own event
        int requests = 16;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String subject = "caller-" + i;
                var tester = graphQl.as(subject, Set.of(Role.ANALYST), "NORFOLK");
                answers.add(clients.submit(() -> tester.document("query Asked" + subject.substring(7) + " { me { subject } }")
                        .execute().path("me.subject").entity(String.class).get()));
            }
            for (int i = 0; i < requests; i++) {
                assertThat(answers.get(i).get(60, TimeUnit.SECONDS)).isEqualTo("caller-" + i);
            }
        } finally {
            clients.shutdownNow();
        }

        List<Map<String, Object>> events = events();
        assertThat(events).hasSize(requests).allSatisfy(e -> assertThat(e).containsEntry("outcome", "ok"));
        assertThat(events).extracting(e -> e.get("subject") + " " + e.get("operation")).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, requests).mapToObj(i -> "caller-" + i + " Asked" + i).toList());
        assertThat(events).extracting(e -> e.get("id")).doesNotHaveDuplicates();
    }

    /** The audit events in the store, newest first, as stored. */
    private List<Map<String, Object>> events() {
        try (var session = driver.session()) {
            return session.run("MATCH (e:AuditEvent) RETURN e ORDER BY e.at DESC, e.id DESC")
                    .list(r -> r.get("e").asMap());
        }
    }
}
