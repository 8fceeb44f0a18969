package uk.toex.crosslink.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.security.SecurityProperties;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;

/** OWASP GraphQL limits, each just under and just over its configured value. */
@CrosslinkTest
class GraphQlLimitsTest {

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    SecurityProperties security;

    @Test
    void aFullIntrospectionQueryAsGraphiQlSendsItFitsEveryLimit() {
        analyst().document(IntrospectionQuery.INTROSPECTION_QUERY).execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    @Test
    void queriesDeeperThanTheLimitAreRefused() {
        int max = security.limits().maxDepth();
        analyst().document(nestedOfType(max - 3)).execute().path("__type.name").entity(String.class).isEqualTo("Query");
        assertAborted(analyst().document(nestedOfType(max)), "depth");
    }

    @Test
    void costlyQueriesAreRefusedCountingPageSizes() {
        // 2 + 8 per event: over the limit by its page alone, refused before the store is asked
        int first = security.limits().maxComplexity() / 8 + 1;
        String costly = "{ auditEvents(first: " + first + ") { edges { node { id subject roles forces purpose operation fields } } } }";
        assertAborted(graphQl.auditor().document(costly), "complexity");
        graphQl.auditor().document("{ auditEvents(first: 5) { edges { node { id subject } } } }").execute().errors().verify();
    }

    @Test
    void theProbesWalkIsRefusedWhetherItWritesItsPagesOrLeavesThemToTheDefault() {
        HttpGraphQlTester walker = graphQl.as("walker", java.util.Set.of(uk.toex.crosslink.security.Role.ANALYST), "NORFOLK");
        walker.document(QueryCostTest.walk("(first: 1)")).execute().errors().verify();
        String written = assertAborted(walker.document(QueryCostTest.walk("(first: 20)")), "complexity");
        String omitted = assertAborted(walker.document(QueryCostTest.walk("")), "complexity");
        // the refusal states the cost: the same whether the default page is written or left out
        assertThat(omitted).isEqualTo(written).contains("345262 > " + security.limits().maxComplexity());
        assertAborted(walker.document(QueryCostTest.WALK.formatted("", "(first: 20)", "", "(first: 20)")), "complexity");
        assertThat(outcomes("walker")).containsExactly("ok", "denied", "denied", "denied");
    }

    @Test
    void anEverydayDeepReadAtTheDefaultPagesRuns() {
        uk.toex.crosslink.support.TestNeo4j.clear();
        uk.toex.crosslink.support.Fixtures.load("world");
        analyst().document("""
                { persons { totalCount edges { node { displayName forces
                    records { force system recordId givenNames familyName dob flags versions { version content } }
                    addresses { edges { node { postcode } relation } }
                    phones { edges { node { e164 } } }
                    offences { edges { node { category committedOn } involvement } } } } } }""")
                .execute().errors().verify().path("persons.edges[*].node.records[*].recordId").entityList(String.class).hasSizeGreaterThan(1);
    }

    @Test
    void aDocumentSentBeforeIsCheckedAgainForEveryRequestAndCaller() {
        // documents are parsed and validated once (api.ValidatedDocuments); limits, roles and errors are per request
        String costly = QueryCostTest.walk("(first: 20)");
        assertAborted(analyst().document(costly), "complexity");
        assertAborted(graphQl.auditor().document(costly), "complexity");
        String events = "{ auditEvents(first: 5) { totalCount } }";
        graphQl.auditor().document(events).execute().errors().verify();
        analyst().document(events).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        for (int i = 0; i < 2; i++) {
            analyst().document("{ me { subject noSuchField } }").execute().errors().satisfy(errors -> assertThat(errors)
                    .singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("ValidationError")));
        }
    }

    @Test
    void nestedFragmentSpreadsAreCountedAsExpandedAndRefusedAtOnceForAnyCaller() {
        StringBuilder attack = new StringBuilder("{ me { ...F0 } }");
        for (int i = 0; i < 30; i++) {
            attack.append(" fragment F").append(i).append(" on Caller { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }");
        }
        attack.append(" fragment F30 on Caller { subject }");
        HttpGraphQlTester noRole = graphQl.as("no-role", java.util.Set.of(), "NORFOLK");
        assertAborted(noRole.document(attack.toString()), "too costly");
        // a fragment spread a few times within the limit still runs
        analyst().document("{ me { ...A } } fragment A on Caller { ...B ...B } fragment B on Caller { subject roles }")
                .execute().path("me.subject").entity(String.class).isEqualTo("analyst");
        assertThat(outcomes("no-role")).containsExactly("denied");
    }

    @Test
    void moreAliasesThanTheLimitAreRefusedEvenThroughFragments() {
        int max = security.limits().maxAliases();
        analyst().document("{ me { " + aliases(max) + " } }").execute().errors().verify();
        assertAborted(analyst().document("{ me { " + aliases(max + 1) + " } }"), "aliases");
        String fragment = "fragment F on Caller { " + aliases(max / 2 + 1) + " } ";
        assertAborted(analyst().document(fragment + "{ me { ...F } again: me { ...F } }"), "aliases");
    }

    @Test
    void requestBodiesOverTheSizeLimitAreRefusedBeforeParsing() {
        String padding = "#".repeat((int) security.limits().maxRequestBytes()) + "\\n";
        client().post().header(HttpHeaders.CONTENT_TYPE, "application/json")
                .bodyValue("{\"query\":\"" + padding + "{ me { subject } }\"}")
                .exchange().expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectBody().jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("too large"));
    }

    @Test
    void malformedRequestsGetErrorsWithoutStackTracesOrInternals() {
        client().post().header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"query\": ")
                .exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(GraphQlLimitsTest::assertNoInternals);
        client().post().header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"query\":\"{ me { subject \"}")
                .exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> {
                    assertThat(body).contains("InvalidSyntax");
                    assertNoInternals(body);
                });
    }

    @Test
    void browsersFromAllowedOriginsMayCallAndOthersMayNot() {
        preflight("https://console.crosslink.test").expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://console.crosslink.test");
        preflight("https://evil.example").expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    private WebTestClient.ResponseSpec preflight(String origin) {
        return graphQl.http().build().options().uri("/graphql")
                .header(HttpHeaders.ORIGIN, origin)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,x-purpose")
                .exchange();
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContain("Exception", "at org.", "at uk.", "MATCH", "trace");
    }

    /** @return the message of the one error, an {@code ExecutionAborted} naming {@code word} */
    private static String assertAborted(HttpGraphQlTester.Request<?> request, String word) {
        String[] message = new String[1];
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("ExecutionAborted");
            assertThat(e.getMessage()).containsIgnoringCase(word);
            message[0] = e.getMessage();
        }));
        return message[0];
    }

    /** Outcomes of the subject's audit events, oldest first. */
    private static java.util.List<Object> outcomes(String subject) {
        return uk.toex.crosslink.support.TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {subject: $subject}) WITH e ORDER BY e.at RETURN collect(e.outcome) AS o",
                java.util.Map.of("subject", subject), r -> (java.util.List<Object>) r.next().get("o"));
    }

    private HttpGraphQlTester analyst() {
        return graphQl.analyst("NORFOLK");
    }

    private WebTestClient client() {
        return graphQl.client(graphQl.tokens().analyst("NORFOLK"));
    }

    /** {@code __type(name: "Query") { ofType { ofType ... name } }}: depth grows by one per level. */
    private static String nestedOfType(int levels) {
        return "{ __type(name: \"Query\") { name " + "ofType { ".repeat(levels) + "name" + " }".repeat(levels) + " } }";
    }

    private static String aliases(int count) {
        return String.join(" ", java.util.stream.IntStream.range(0, count).mapToObj(i -> "a" + i + ": subject").toList());
    }

}
