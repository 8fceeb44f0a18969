package uk.toex.crosslink.resolution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;
import uk.toex.crosslink.store.CypherLibrary;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * The per-person facts stay exact through every write that changes who holds a person: ingest of
 * new records, a new version that changes a record's handling, merges, splits and review
 * decisions. After each, the persons list by force and crossForcePersons, asked over HTTP by an
 * all-forces analyst, a SUFFOLK investigator and a SUFFOLK partner, equal the exact answer
 * computed from the records themselves, and the store still reads them from current facts.
 */
@CrosslinkTest
class PersonFactsTest {

    private static final String HEADER = "record_id,given_names,family_name,dob,phones,handling";
    private static final List<Caller> CALLERS = List.of(
            Caller.of("facts-analyst", Set.of(Role.ANALYST), Set.of(Caller.ALL_FORCES)),
            Caller.of("facts-investigator", Set.of(Role.INVESTIGATOR), Set.of("SUFFOLK")),
            Caller.of("facts-partner", Set.of(Role.PARTNER), Set.of("SUFFOLK")));

    @Autowired
    IngestService ingest;
    @Autowired
    CypherRunner cypher;
    @Autowired
    PersonFacts facts;
    @Autowired
    GraphQlTesters testers;
    @Autowired
    Driver driver;
    @Autowired
    CypherLibrary library;

    @TempDir
    Path batches;

    @BeforeEach
    void twoForcesIngested() {
        TestNeo4j.clear();
        assertThat(facts.catchUp()).as("an empty store's facts are current").isTrue();
        ingest.ingest(batch("norfolk-1", "NORFOLK", "C",
                "N1,Attila,Lakatos,1984-03-07,07700900123,",
                "N2,Anna,Nagy,1990-01-02,,",
                "N3,Ben,Doyle,1979-11-30,,P").path());
        ingest.ingest(batch("suffolk-1", "SUFFOLK", "P",
                "S1,Attila,Lakatos,1984-03-07,07700900123,",
                "S2,Cora,Evans,1985-06-01,,C").path());
    }

    @Test
    void listsAndCountsEqualTheRecordsAfterIngest() {
        assertAllCallersSeeTheRecordsAnswer();
    }

    @Test
    void aNewVersionThatProtectsARecordShowsItsPersonToInvestigatorsOfOtherForces() {
        ingest.ingest(batch("norfolk-2", "NORFOLK", "C",
                "N1,Attila,Lakatos,1984-03-07,07700900123,",
                "N2,Anna,Nagy,1990-01-02,,P",
                "N3,Ben,Doyle,1979-11-30,,C").path());
        assertAllCallersSeeTheRecordsAnswer();
        assertThat(idsOfNorfolkFor(CALLERS.get(1))).contains(personOf("NORFOLK/ATHENA/N2"))
                .doesNotContain(personOf("NORFOLK/ATHENA/N3"));
    }

    @Test
    void mergesSplitsAndDecisionsKeepTheFactsExact() {
        GraphQlTester admin = testers.as("facts-admin", Set.of(Role.ANALYST, Role.ADMIN), Caller.ALL_FORCES);
        admin.documentName("mergePersons").variable("persons", List.of(
                GlobalId.encode("Person", personOf("NORFOLK/ATHENA/N2")),
                GlobalId.encode("Person", personOf("SUFFOLK/ATHENA/S2")))).execute().path("mergePersons").hasValue();
        assertThat(personOf("NORFOLK/ATHENA/N2")).isEqualTo(personOf("SUFFOLK/ATHENA/S2"));
        assertAllCallersSeeTheRecordsAnswer();

        admin.documentName("splitPerson").variable("person", GlobalId.encode("Person", personOf("SUFFOLK/ATHENA/S2")))
                .variable("records", List.of("SUFFOLK/ATHENA/S2")).execute().path("splitPerson").hasValue();
        assertThat(personOf("NORFOLK/ATHENA/N2")).isNotEqualTo(personOf("SUFFOLK/ATHENA/S2"));
        assertAllCallersSeeTheRecordsAnswer();

        admin.documentName("decideMatch").variable("a", "NORFOLK/ATHENA/N3").variable("b", "SUFFOLK/ATHENA/S2")
                .variable("decision", "SAME").execute().path("decideMatch.decision").entity(String.class).isEqualTo("SAME");
        assertThat(personOf("NORFOLK/ATHENA/N3")).isEqualTo(personOf("SUFFOLK/ATHENA/S2"));
        assertAllCallersSeeTheRecordsAnswer();
    }

    @Test
    void aForcesCountIsTheForceNodesDegreeAndItsPageASeekInIdOrder() {
        Map<String, Object> params = Map.of("scope", CALLERS.get(1).scope().toParameter(), "force", "SUFFOLK",
                "limit", 21);
        // the planner turns COUNT { (f)-[:T]->() } into a degree read inside a projection, not an expand
        assertThat(operators("queries/lists/persons-by-force-count", params))
                .anyMatch(op -> op.toLowerCase(java.util.Locale.ROOT).contains("degree"));
        Map<String, Object> page = new java.util.HashMap<>(params);
        page.put("after", null);
        assertThat(operators("queries/lists/persons-by-force", page))
                .anyMatch(op -> op.contains("RelationshipIndex"));
    }

    /** The operators of the plan the store makes for a library query, each as its name and its arguments. */
    private List<String> operators(String query, Map<String, Object> params) {
        List<String> names = new java.util.ArrayList<>();
        TestNeo4j.get().defaultDatabaseService().executeTransactionally("EXPLAIN " + library.get(query), params,
                result -> {
                    collect(result.getExecutionPlanDescription(), names);
                    return null;
                });
        return names;
    }

    private static void collect(org.neo4j.graphdb.ExecutionPlanDescription plan, List<String> names) {
        names.add(plan.getName() + " " + plan.getArguments().values());
        plan.getChildren().forEach(child -> collect(child, names));
    }

    private void assertAllCallersSeeTheRecordsAnswer() {
        assertThat(facts.current()).as("the store reads from its facts").isTrue();
        for (Caller caller : CALLERS) {
            for (String force : List.of("NORFOLK", "SUFFOLK")) {
                List<String> exact = exact("test/persons-of-force-from-records", caller, Map.of("force", force));
                List<String> crossForce = exact("test/cross-force-from-records", caller, Map.of("minForces", 2));
                GraphQlTester.Response response = testers.as(caller).documentName("personIdsOfForce")
                        .variable("force", force).execute();
                response.path("persons.totalCount").entity(Integer.class).isEqualTo(exact.size())
                        .path("persons.edges[*].node.entityId").entityList(String.class).isEqualTo(exact)
                        .path("crossForcePersons.totalCount").entity(Integer.class).isEqualTo(crossForce.size())
                        .path("crossForcePersons.edges[*].node.entityId").entityList(String.class).isEqualTo(crossForce);
            }
        }
    }

    private List<String> idsOfNorfolkFor(Caller caller) {
        return exact("test/persons-of-force-from-records", caller, Map.of("force", "NORFOLK"));
    }

    private List<String> exact(String query, Caller caller, Map<String, Object> params) {
        return cypher.read(query, caller.scope(), params).stream().map(row -> (String) row.get("id")).toList();
    }

    private String personOf(String recordKey) {
        return StoreFixtures.personOf(driver).get(recordKey);
    }

    private BatchFolder batch(String name, String force, String handling, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return BatchFolder.at(batches.resolve(name))
                .manifest("{\"force\":\"" + force + "\",\"system\":\"ATHENA\",\"extracted\":\"2024-0" + (name.endsWith("2") ? 2 : 1)
                        + "-01\",\"handling\":\"" + handling + "\"}")
                .csv("persons.csv", lines);
    }
}
