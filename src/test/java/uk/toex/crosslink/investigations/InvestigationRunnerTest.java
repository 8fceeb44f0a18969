package uk.toex.crosslink.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.toex.crosslink.investigations.CatalogueWorld.ATTILA;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.store.CrosslinkProperties;
import uk.toex.crosslink.store.CypherLibrary;
import uk.toex.crosslink.store.ReadTimedOutException;
import uk.toex.crosslink.support.TestNeo4j;

/** Running investigations over HTTP: parameters, types, errors, limits, rendering and the audit trail. */
class InvestigationRunnerTest extends WorldTest {

    @Autowired
    Driver driver;
    @Autowired
    CrosslinkProperties store;
    @Autowired
    InvestigationCatalogue catalogue;
    @Autowired
    CallerView view;
    @Autowired
    CypherLibrary library;
    @Autowired
    AuditLog audit;

    @Test
    void listsTheCatalogueWithDescribedParameters() {
        graphQl.analyst("NORFOLK").documentName("investigations").execute().errors().verify()
                .path("investigations[?(@.name == 'adverts-sharing-suspect-phone')].parameters[*].name")
                .entityList(String.class).containsExactly("force", "since", "limit")
                .path("investigations[?(@.name == 'adverts-sharing-suspect-phone')].parameters[?(@.name == 'since')].type")
                .entityList(String.class).containsExactly("date")
                .path("investigations[?(@.name == 'test-types')].parameters[?(@.name == 'names')].type")
                .entityList(String.class).containsExactly("list<string>");
    }

    @Test
    void convertsEveryParameterTypeAndAppliesDefaults() {
        List<Map<String, Object>> rows = Runs.rows(graphQl.analyst("NORFOLK"), "test-types",
                Map.of("s", "text", "i", 41, "f", 2, "b", true, "d", "2024-12-31",
                        "id", CatalogueWorld.person(ATTILA), "names", List.of("x", "y"), "numbers", List.of(3)));
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("s", "text").containsEntry("i", 41).containsEntry("f", 2.0).containsEntry("b", true)
                .containsEntry("d", "2024-12-31").containsEntry("id", ATTILA).containsEntry("names", List.of("x", "y"))
                .containsEntry("numbers", List.of(3)).containsEntry("iPlusOne", 42).containsEntry("nextDay", "2025-01-01"));
        assertThat(Runs.rows(graphQl.analyst("NORFOLK"), "test-types", Map.of("s", "only")).get(0))
                .containsEntry("i", 7).containsEntry("f", 1.5).containsEntry("b", false).containsEntry("d", "2024-02-29")
                .containsEntry("id", ATTILA).containsEntry("names", List.of("a", "b")).containsEntry("numbers", List.of(1, 2));
        graphQl.analyst("NORFOLK").documentName("runInvestigation").variable("name", "test-types")
                .variable("params", Map.of("s", "x")).execute().path("runInvestigation.columns").entityList(String.class)
                .containsExactly("s", "i", "f", "b", "d", "id", "names", "numbers", "iPlusOne", "nextDay");
    }

    @Test
    void refusesAMissingUnknownOrWronglyTypedParameterSayingWhich() {
        assertBadRequest("test-types", Map.of(), "parameter s is required: expected string");
        assertBadRequest("test-types", Map.of("s", "x", "colour", "red"),
                "investigation test-types has no parameter colour (it takes: s, i, f, b, d, id, names, numbers)");
        assertBadRequest("test-types", Map.of("s", "x", "i", "seven"), "parameter i: expected int, got \"seven\"");
        assertBadRequest("test-types", Map.of("s", "x", "d", "31/12/2024"), "parameter d: expected date, got \"31/12/2024\"");
        assertBadRequest("test-types", Map.of("s", "x", "numbers", List.of(1, "two")), "parameter numbers: expected list<int>, got \"two\"");
        assertBadRequest("test-types", Map.of("s", 5), "parameter s: expected string, got 5");
        assertBadRequest("no-such-thing", Map.of(), "no investigation named no-such-thing");
    }

    private void assertBadRequest(String name, Map<String, Object> params, String message) {
        Runs.run(graphQl.analyst("NORFOLK"), name, params).errors().expect(e -> message.equals(e.getMessage())
                && "BAD_REQUEST".equals(String.valueOf(e.getExtensions().get("classification")))).verify();
    }

    @Test
    void refusesACallerWithoutADeclaredRole() {
        Runs.run(graphQl.analyst("NORFOLK"), "test-investigators-only", Map.of()).errors()
                .expect(e -> "FORBIDDEN".equals(String.valueOf(e.getExtensions().get("classification")))).verify();
        assertThat(Runs.rows(graphQl.investigator("NORFOLK"), "test-investigators-only", Map.of())).hasSize(1);
        Runs.run(graphQl.auditor(), "test-family-names", Map.of()).errors()
                .expect(e -> "FORBIDDEN".equals(String.valueOf(e.getExtensions().get("classification")))).verify();
    }

    @Test
    void cutsRowsOffAtTheCapAndSaysSo() {
        graphQl.analyst("NORFOLK").documentName("runInvestigation").variable("name", "test-rows")
                .variable("params", Map.of("n", 10_001)).execute().errors().verify()
                .path("runInvestigation.truncated").entity(Boolean.class).isEqualTo(true)
                .path("runInvestigation.rows").entityList(Map.class).hasSize(10_000);
        graphQl.analyst("NORFOLK").documentName("runInvestigation").variable("name", "test-rows")
                .variable("params", Map.of("n", 10_000)).execute().errors().verify()
                .path("runInvestigation.truncated").entity(Boolean.class).isEqualTo(false);
        InvestigationResult capped = runner(Duration.ofSeconds(30), 3).run("test-rows", Map.of("n", "5"), operator());
        assertThat(capped.rows()).extracting(r -> r.get("i")).containsExactly(1L, 2L, 3L);
        assertThat(capped.truncated()).isTrue();
    }

    @Test
    void theStoreStopsARunThatOutlivesItsTimeout() {
        InvestigationRunner quick = runner(Duration.ofSeconds(1), 10);
        long started = System.nanoTime();
        assertThatThrownBy(() -> quick.run("test-slow", Map.of(), operator())).isInstanceOf(ReadTimedOutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void drawsNodesRelationshipsAndPathsWithTheReadApisGlobalIds() {
        Map<String, Object> row = Runs.rows(graphQl.analyst("NORFOLK"), "test-graph", Map.of("key", "NORFOLK/ATHENA/N1")).get(0);
        String record = CatalogueWorld.record("NORFOLK/ATHENA/N1");
        String person = CatalogueWorld.person(ATTILA);
        assertThat(row.get("record")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("id", record).containsEntry("labels", List.of("PersonRecord", "SourceRecord"))
                .extractingByKey("properties").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("familyName", "LAKATOS").containsEntry("extracted", "2024-03-31");
        assertThat(row.get("link")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("type", "RESOLVES_TO").containsEntry("start", record).containsEntry("end", person);
        assertThat(row.get("path")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .extractingByKey("nodes").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(n -> (Object) ((Map<?, ?>) n).get("id")).containsExactly(record, person);
        // the read API resolves the same id to the same record
        graphQl.analyst("NORFOLK").document("query($id: ID!) { node(id: $id) { id ... on PersonRecord { familyName } } }")
                .variable("id", record).execute().path("node.familyName").entity(String.class).isEqualTo("LAKATOS");
    }

    @Test
    void everyRunIsAuditedWithItsNameAndHashedParameters() {
        Runs.rows(graphQl.as("ann", Set.of(Role.ANALYST), "NORFOLK"), "test-types", Map.of("s", "Lakatos", "i", 3));
        Map<String, Object> event = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {operation: 'test-types', subject: 'ann'}) RETURN e.channel AS channel,"
                        + " e.operationType AS type, e.variables AS variables, e.valueHashes AS hashes, e.outcome AS outcome,"
                        + " e.purpose AS purpose ORDER BY e.at DESC LIMIT 1", Map.of(), r -> r.next());
        assertThat(event).containsEntry("channel", "graphql").containsEntry("type", "investigation")
                .containsEntry("outcome", "ok").containsEntry("purpose", uk.toex.crosslink.support.GraphQlTesters.PURPOSE);
        String variables = (String) event.get("variables");
        assertThat(variables).contains("\"investigation\":\"test-types\"").contains("\"i\":3")
                .contains(audit.hash("Lakatos")).doesNotContain("Lakatos").contains("\"id\":\"" + ATTILA + "\"");
        assertThat((String[]) event.get("hashes")).contains(audit.hash("Lakatos"));
    }

    @Test
    void aRunLeavesTheStoreAsItWas() {
        long before = nodes();
        Runs.rows(graphQl.partner("NORFOLK"), "test-everything", Map.of());
        Runs.rows(graphQl.analyst("SUFFOLK"), "test-everything", Map.of());
        // the views deleted nearly everything in their transactions; nothing of it was kept
        // (audit events are left out of the count: the runs added theirs)
        assertThat(nodes()).isEqualTo(before);
    }

    private static long nodes() {
        return TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (n) WHERE NOT n:AuditEvent RETURN count(n) AS n", Map.of(), r -> (Long) r.next().get("n"));
    }

    private InvestigationRunner runner(Duration timeout, int maxRows) {
        return new InvestigationRunner(driver, store, catalogue, view, library, audit,
                new InvestigationsProperties(null, false, timeout, maxRows));
    }

    private static InvestigationCaller operator() {
        return new InvestigationCaller(Caller.commandLineOperator("tester"), AccessScope.system(), "cli", null, true);
    }
}
