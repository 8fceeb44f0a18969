package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.MatrixViews.RecordSeen;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.FederationGateway;
import uk.toex.crosslink.support.GraphQlTesters;

/**
 * End to end through a real Apollo gateway: a partner's case-management subgraph whose cases name
 * Crosslink persons by entity id and records by force, system and record id, composed with
 * Crosslink. The gateway forwards each caller's token and purpose, so the same query joins the
 * partner's cases with exactly what that caller may see of the matrix world: all of it for an
 * analyst of both forces, and for a partner only its force's P-handled records, with a victim's
 * identity redacted and everything else null. Each subject's network (investigation API) comes
 * through the gateway too, holding only persons the caller may see. Each caller's lookups are audited as theirs.
 */
@CrosslinkTest
class FederationGatewayTest extends MatrixHttpTest {

    /** A referral citing the man known to both forces, the victim, and his record in each force. */
    private static final List<String> SUBJECTS = List.of("P-00000000000000a5", "P-00000000000000a6");
    private static final List<Rec> CITED = MatrixWorld.RECORDS.stream()
            .filter(r -> Set.of("N-P2", "S-C2").contains(r.recordId())).toList();
    private static final String PURPOSE = "OP-FED case review";

    private FederationGateway gateway;

    @BeforeAll
    void startTheGateway() {
        String cited = CITED.stream().map(r -> "{\"force\":\"%s\",\"system\":\"%s\",\"recordId\":\"%s\"}"
                .formatted(r.force(), r.system(), r.recordId())).reduce((a, b) -> a + "," + b).orElseThrow();
        String cases = "[{\"id\":\"CASE-1\",\"title\":\"Labour exploitation referral\",\"subjects\":[\"%s\",\"%s\"],\"records\":[%s]}]"
                .formatted(SUBJECTS.get(0), SUBJECTS.get(1), cited);
        String composer = graphQl.tokens().of("gateway", Set.of(Role.ANALYST));
        gateway = FederationGateway.start(graphQl.baseUrl() + "/graphql", composer, cases);
    }

    @AfterAll
    void stopTheGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void anAnalystOfBothForcesSeesThePartnersCaseJoinedWithEveryPersonAndRecord() {
        assertCaseAsSeenBy(Role.ANALYST, List.of("NORFOLK", "SUFFOLK"));
    }

    @Test
    void aPartnerSeesOnlyItsForcesPHandledRecordsWithTheVictimRedactedAndTheRestNull() {
        assertCaseAsSeenBy(Role.PARTNER, List.of("NORFOLK"));
    }

    @Test
    void aCallerWhoSeesNoneOfItGetsTheCaseWithNullsOnly() {
        assertCaseAsSeenBy(Role.ANALYST, List.of("KENT"));
    }

    private void assertCaseAsSeenBy(Role role, List<String> forces) {
        Caller caller = MatrixCallers.caller(role, forces);
        MatrixExpectation expected = new MatrixExpectation(role, forces);
        Response response = throughGateway(graphQl, caller).documentName("gatewayCases").execute();

        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            if (expected.recordsOf(SUBJECTS.get(i)).isEmpty()) {
                hidden.add("cases[0].subjects[" + i + "]");
            }
        }
        for (int i = 0; i < CITED.size(); i++) {
            if (!expected.sees(CITED.get(i))) {
                hidden.add("cases[0].records[" + i + "]");
            }
        }
        response.errors().satisfy(errors -> assertThat(errors)
                .allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("Lakatos", "Popescu", "P-00", "S-C2"))
                .extracting(ResponseError::getPath).containsExactlyInAnyOrderElementsOf(hidden));

        response.path("cases[0].title").entity(String.class).isEqualTo("Labour exploitation referral");
        for (int i = 0; i < SUBJECTS.size(); i++) {
            String id = SUBJECTS.get(i);
            String path = "cases[0].subjects[" + i + "]";
            if (expected.recordsOf(id).isEmpty()) {
                response.path(path).valueIsNull();
                continue;
            }
            // the investigation API's network joins through the gateway too, and holds only persons the caller may see
            response.path(path + ".network.nodes[*].id").entityList(String.class).satisfies(ids -> {
                assertThat(ids).first().isEqualTo(GlobalId.encode("Person", id));
                assertThat(ids).allSatisfy(node -> assertThat(expected.recordsOf(GlobalId.decode(node).key())).isNotEmpty());
            });
            response.path(path + ".entityId").entity(String.class).isEqualTo(id)
                    .path(path + ".displayName").entity(String.class).isEqualTo(expected.displayName(id))
                    .path(path + ".forces").entityList(String.class)
                    .isEqualTo(expected.recordsOf(id).stream().map(Rec::force).distinct().sorted().toList());
        }
        for (int i = 0; i < CITED.size(); i++) {
            String path = "cases[0].records[" + i + "]";
            if (expected.sees(CITED.get(i))) {
                response.path(path).entity(RecordSeen.class).isEqualTo(expected.seen(CITED.get(i)));
            } else {
                response.path(path).valueIsNull();
            }
        }

        Map<String, Object> audit = cypher.readOne("test/audit-entities", AccessScope.system(),
                Map.of("subject", caller.subject()));
        assertThat(((Number) audit.get("events")).longValue()).as("_entities lookups audited as the caller's").isPositive();
        assertThat(audit.get("purposes")).isEqualTo(List.of(PURPOSE));
        assertThat(audit.get("outcomes")).isEqualTo(List.of("ok"));
    }

    /** A client of the gateway (not of Crosslink) with the caller's token and purpose, as a partner tool sends them. */
    private HttpGraphQlTester throughGateway(GraphQlTesters testers, Caller caller) {
        WebTestClient client = testers.http().baseUrl(gateway.url())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + testers.tokens().of(caller))
                .defaultHeader("X-Purpose", PURPOSE).build();
        return HttpGraphQlTester.create(client);
    }
}
