package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * Values from requests (token claims, headers, GraphQL variables) are parameters: quotes,
 * backslashes, braces, comments, Cypher keywords and Unicode tricks come back verbatim and
 * never change what a query does.
 */
@CrosslinkTest
class InjectionTest {

    static final List<String> NASTY = List.of(
            "O'Brien\" }) DETACH DELETE n //",
            "x\\' OR 1=1 WITH n MATCH (m) DETACH DELETE m RETURN '",
            "}) RETURN 1 UNION MATCH (e:AuditEvent) RETURN e //",
            "$scope.allForces = true",
            "Иванов\u202Egnp.exe\u200B",
            "аnalyst", // Cyrillic а, looks like "analyst"
            "`backtick` /* comment */ ;\n:param x => 1");

    @Autowired
    GraphQlTesters graphQl;

    @Autowired
    Driver driver;

    @BeforeEach
    void emptyStore() {
        TestNeo4j.clear();
        try (var session = driver.session()) {
            session.run("CREATE (:Canary {name: 'still here'})").consume();
        }
    }

    @Test
    void nastyFilterValuesAreComparedAsValuesNotCode() {
        for (String value : NASTY) {
            graphQl.auditor().document("query($v: String) { auditEvents(filter: {subject: $v, operation: $v, purpose: $v, value: $v})"
                            + " { totalCount edges { node { id } } } }")
                    .variable("v", value).execute()
                    .path("auditEvents.totalCount").entity(Integer.class).isEqualTo(0);
        }
        assertCanaryAlive();
    }

    @Test
    void nastySubjectsAndPurposesAreStoredVerbatimAndFoundOnlyByExactValue() {
        for (String subject : NASTY) {
            HttpGraphQlTester caller = graphQl.as(subject, Set.of(Role.ANALYST), "NORFOLK");
            caller.document("{ me { subject } }").execute().path("me.subject").entity(String.class).isEqualTo(subject);
        }
        for (String subject : NASTY) {
            graphQl.auditor().document("query($s: String) { auditEvents(filter: {subject: $s, operation: \"me\"}) { edges { node { subject } } } }")
                    .variable("s", subject).execute()
                    .path("auditEvents.edges[*].node.subject").entityList(String.class).containsExactly(subject);
        }
        graphQl.auditor().document("{ auditEvents(filter: {subject: \"analyst\"}) { totalCount } }").execute()
                .path("auditEvents.totalCount").entity(Integer.class).isEqualTo(0);
        assertCanaryAlive();
    }

    @Test
    void aNastyPurposeHeaderIsRecordedAsText() {
        String purpose = "op \"}) MATCH (n) DETACH DELETE n // \\ ' $scope";
        graphQl.client(graphQl.tokens().analyst("NORFOLK")).mutate().defaultHeader("X-Purpose", purpose).build()
                .post().header("Content-Type", "application/json").bodyValue("{\"query\":\"{ me { subject } }\"}")
                .exchange().expectStatus().isOk();
        try (var session = driver.session()) {
            List<Map<String, Object>> events = session.run("MATCH (e:AuditEvent) RETURN e.purpose AS purpose").list(r -> r.asMap());
            assertThat(events).extracting(e -> e.get("purpose")).contains(purpose);
        }
        assertCanaryAlive();
    }

    private void assertCanaryAlive() {
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (c:Canary) RETURN count(c) AS n").single().get("n").asLong()).isEqualTo(1);
        }
    }
}
