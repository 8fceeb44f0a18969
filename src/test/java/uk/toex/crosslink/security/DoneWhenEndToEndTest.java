package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.test.tester.GraphQlTester.Response;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.security.MatrixViews.ForceSeen;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.cli.TokenCommandRunner;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * Issue 4's "done when", as an outside check runs it: tokens minted by the {@code token} command on
 * the service's data directory; NORFOLK's and SUFFOLK's batches (C and P handling, by manifest and by
 * row) pushed to {@code POST /ingest}; then no token is 401, NORFOLK's analyst never sees SUFFOLK's C
 * records anywhere (lists, counts, forces, walks, node by global id), sees its own and every P record,
 * and every read leaves exactly one audit event. Nothing is placed by hand: persons are as ingest made them.
 */
@CrosslinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoneWhenEndToEndTest {

    private static final String ANALYST = "e2e-norfolk-analyst";
    private static final List<String> EVERY_LIST = List.of("matrixCounts", "matrixPersons", "matrixOcgs",
            "matrixOperations", "matrixAdverts", "matrixAddresses", "matrixForces");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    GraphQlTesters graphQl;
    @Autowired
    CypherRunner cypher;
    @Value("${crosslink.data-dir}")
    String dataDir;

    final MatrixExpectation expected = new MatrixExpectation(Role.ANALYST, List.of("NORFOLK"));
    HttpGraphQlTester analyst;
    AuditedRequests requests;

    @BeforeAll
    void pushTwoForcesBatchesWithTokensFromTheTokenCommand(@TempDir Path work) {
        TestNeo4j.clear();
        String admin = token("e2e-admin", "ADMIN", "*");
        for (Path batch : MatrixBatches.write(work)) {
            graphQl.http().build().post().uri("/ingest")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).header("X-Purpose", "e2e: nightly extracts")
                    .body(BodyInserters.fromMultipartData(BatchZips.multipart(batch)))
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("done").jsonPath("$.rejected").isEqualTo(0);
        }
        analyst = graphQl.withToken(token(ANALYST, "ANALYST", "NORFOLK"));
        requests = new AuditedRequests(graphQl, cypher);
    }

    @Test
    void withoutATokenGraphQlAndIngestAnswer401() {
        graphQl.client(null).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ persons { totalCount } }")).exchange().expectStatus().isUnauthorized();
        graphQl.http().build().post().uri("/ingest").header("X-Purpose", "e2e").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void noListCountOrWalkShowsAnythingOnlyTheOtherForcesConfidentialRecordsHold() {
        List<String> hidden = onlyInHiddenRecords();
        assertThat(hidden).contains("SUFFOLK/CONNECT/S-C1", "SUFFOLK/CONNECT/OCG-C", "Cora");
        StringBuilder everything = new StringBuilder();
        for (String document : EVERY_LIST) {
            String body = json(ask(document, Map.of()));
            assertThat(body).as(document).doesNotContain(hidden);
            everything.append(body);
        }
        assertThat(everything).as("what the lists showed")
                .contains(expected.records().stream().map(Rec::key).toArray(String[]::new))
                .contains(expected.containers("Operation").stream().map(Container::key).toArray(String[]::new));
    }

    @Test
    void countsAndForcesCountOnlyTheRecordsTheAnalystMaySee() {
        Map<String, String> personOf = personOfEveryRecord();
        long persons = expected.records().stream().map(r -> personOf.get(r.key())).distinct().count();
        ask("matrixCounts", Map.of()).path("persons.totalCount").entity(Long.class).isEqualTo(persons)
                .path("persons.edges[*].node.records[*].key").entityList(String.class)
                .satisfies(keys -> assertThat(keys).containsExactlyInAnyOrderElementsOf(
                        expected.records().stream().map(Rec::key).toList()));
        ask("matrixForces", Map.of()).path("forces.edges[*].node.code").entityList(String.class)
                .isEqualTo(expected.forcesSeen().stream().map(ForceSeen::code).toList())
                .path("forces.edges[*].node.personRecordCount").entityList(Integer.class)
                .isEqualTo(expected.forcesSeen().stream().map(ForceSeen::personRecordCount).toList());
    }

    @Test
    void byGlobalIdOwnAndProtectedMarkedRecordsAreFoundAndHiddenOnesAndTheirPersonsAreNull() {
        Map<String, String> personOf = personOfEveryRecord();
        for (Rec r : MatrixWorld.RECORDS) {
            boolean seen = expected.sees(r);
            expectKey(ask("matrixNode", Map.of("id", GlobalId.encode("PersonRecord", r.key()))), "node", seen, r.key());
            expectKey(ask("matrixPersonRecord", Map.of("id", GlobalId.encode("PersonRecord", r.key()))), "personRecord",
                    seen, r.key());
            String personId = personOf.get(r.key());
            boolean personSeen = expected.records().stream().anyMatch(v -> personOf.get(v.key()).equals(personId));
            Response person = ask("matrixNode", Map.of("id", GlobalId.encode("Person", personId)));
            if (personSeen) {
                person.path("node.entityId").entity(String.class).isEqualTo(personId);
            } else {
                person.path("node").valueIsNull();
            }
        }
        for (Container c : MatrixWorld.CONTAINERS) {
            expectKey(ask("matrixContainerNode", Map.of("id", GlobalId.encode(c.kind(), c.key()))), "node",
                    expected.sees(c), c.key());
        }
    }

    private static void expectKey(Response response, String path, boolean seen, String key) {
        if (seen) {
            response.path(path + ".key").entity(String.class).isEqualTo(key);
        } else {
            response.path(path).valueIsNull();
        }
    }

    /** Keys, names, emails and documents that only records hidden from the analyst hold, and their persons' ids. */
    private List<String> onlyInHiddenRecords() {
        Set<String> shown = expected.records().stream().flatMap(DoneWhenEndToEndTest::marks).collect(Collectors.toSet());
        Map<String, String> personOf = personOfEveryRecord();
        expected.records().forEach(r -> shown.add(personOf.get(r.key())));
        Stream<String> hiddenContainers = MatrixWorld.CONTAINERS.stream().filter(c -> !expected.sees(c)).map(Container::key);
        Stream<String> hiddenRecords = MatrixWorld.RECORDS.stream().filter(r -> !expected.sees(r))
                .flatMap(r -> Stream.concat(marks(r), Stream.of(personOf.get(r.key()))));
        return Stream.concat(hiddenContainers, hiddenRecords).filter(m -> !shown.contains(m)).distinct().toList();
    }

    private static Stream<String> marks(Rec r) {
        return Stream.of(List.of(r.key(), r.givenNames(), r.familyName(), r.nickname()), r.emails(), r.idDocuments())
                .flatMap(List::stream);
    }

    private Map<String, String> personOfEveryRecord() {
        return cypher.read("test/record-persons", AccessScope.system(), Map.of()).stream()
                .collect(Collectors.toMap(row -> (String) row.get("key"), row -> (String) row.get("personId")));
    }

    private Response ask(String document, Map<String, Object> variables) {
        return requests.ask(ANALYST, analyst, document, variables);
    }

    private static String json(Response response) {
        try {
            return JSON.writeValueAsString(response.path("$").entity(Object.class).get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String user, String roles, String forces) {
        TokenCommandRunner.Run run = TokenCommandRunner.run("--data-dir", dataDir, "token", "--user", user,
                "--roles", roles, "--forces", forces);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().strip();
    }
}
