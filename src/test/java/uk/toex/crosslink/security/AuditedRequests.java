package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.GraphQlTesters;

/**
 * Sends GraphQL requests over HTTP as a caller and checks that each one left exactly one audit
 * event, and that it is this caller's and says the consultation went through.
 */
final class AuditedRequests {

    private final GraphQlTesters testers;
    private final CypherRunner cypher;
    private final Map<Caller, HttpGraphQlTester> byCaller = new HashMap<>();

    AuditedRequests(GraphQlTesters testers, CypherRunner cypher) {
        this.testers = testers;
        this.cypher = cypher;
    }

    GraphQlTester.Response ask(Caller caller, String documentName, Map<String, Object> variables) {
        return ask(caller.subject(), byCaller.computeIfAbsent(caller, testers::as), documentName, variables);
    }

    /** With a tester made elsewhere (e.g. from a token the {@code token} command printed) for {@code subject}. */
    GraphQlTester.Response ask(String subject, GraphQlTester tester, String documentName, Map<String, Object> variables) {
        return send(subject, tester, documentName, variables, true);
    }

    /** One request that may be refused: it must still leave exactly one audit event, whatever its outcome. */
    GraphQlTester.Response askAnyOutcome(Caller caller, String documentName, Map<String, Object> variables) {
        return send(caller.subject(), byCaller.computeIfAbsent(caller, testers::as), documentName, variables, false);
    }

    private GraphQlTester.Response send(String subject, GraphQlTester tester, String documentName,
                                        Map<String, Object> variables, boolean mustBeOk) {
        List<Long> before = events(subject);
        GraphQlTester.Request<?> request = tester.documentName(documentName);
        variables.forEach(request::variable);
        GraphQlTester.Response response = request.execute();
        List<Long> after = events(subject);
        assertThat(after.get(0) - before.get(0)).as("audit events left by one %s request", documentName).isEqualTo(1);
        if (mustBeOk) {
            assertThat(after.get(1) - before.get(1)).as("of them by %s, outcome ok", subject).isEqualTo(1);
        }
        return response;
    }

    GraphQlTester.Response ask(Caller caller, String documentName) {
        return ask(caller, documentName, Map.of());
    }

    /** All events, and this subject's with outcome ok. */
    private List<Long> events(String subject) {
        Map<String, Object> row = cypher.readOne("test/audit-counts", AccessScope.system(), Map.of("subject", subject));
        return List.of(((Number) row.get("all")).longValue(), ((Number) row.get("mine")).longValue());
    }
}
