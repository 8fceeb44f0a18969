package uk.toex.crosslink.resolution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.EngineState;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * A deployment that compares two columns outside the contract (place of birth as text, a warrant
 * number as an identifier): CSV batches from two forces go through real ingest and resolution, and
 * two pairs that only those columns tell apart resolve differently with and without them.
 */
@CrosslinkTest
@TestPropertySource(properties = "crosslink.resolution.extra-comparisons=placeOfBirth:text,warrantNo:identifier")
class ExtraComparisonsEndToEndTest {

    static final String KOWALSKI_NORFOLK = "NORFOLK/ATHENA/J1";
    static final String KOWALSKI_KENT = "KENT/NICHE/J2";
    static final String KHAN_NORFOLK = "NORFOLK/ATHENA/S1";
    static final String KHAN_KENT = "KENT/NICHE/S2";
    static final String HEADER = "record_id,given_names,family_name,dob,PlaceOfBirth,warrantNo";
    static final List<String> GIVEN = List.of("Anna", "Mark", "Ewa", "Tomas", "Ruth", "Ion", "Maria", "Peter", "Lena",
            "Oskar", "Nadia", "Victor", "Hana", "Leon", "Irina", "Samuel");
    static final List<String> FAMILY = List.of("Novak", "Horvath", "Popescu", "Varga", "Ivanova", "Dvorak", "Marin",
            "Kuznetsov", "Szabo", "Petrov", "Lungu", "Tanaka", "Okafor", "Mensah", "Silva", "Moreau", "Fischer",
            "Bauer", "Rossi", "Costa");
    static final List<String> TOWNS = List.of("Norwich", "Leeds", "Cluj", "Iasi", "Brno", "Pecs", "Lagos", "Accra",
            "Porto", "Lyon", "Graz", "Turin", "Plovdiv", "Varna", "Kaunas", "Riga", "Osaka", "Minsk");

    @Autowired
    IngestService ingest;

    @Autowired
    ResolutionService resolution;

    @Autowired
    RecordReader records;

    @Autowired
    GraphQlTesters testers;

    @Autowired
    Driver driver;

    @Test
    void joinsAndSeparatesNamesakesByPlaceOfBirthAndWarrantNumberOnlyWhenConfigured(@TempDir Path dir) {
        TestNeo4j.clear();
        resolution.reset();
        Random random = new Random(13);
        List<String> norfolk = new ArrayList<>(List.of(HEADER,
                "J1,Daniel,Kowalski,1985-04-12,Gdańsk,WN-884213",
                "S1,Imran,Khan,1990-03-02,Lahore,WN-100200"));
        List<String> kent = new ArrayList<>(List.of(HEADER,
                "J2,Daniel,Kowalski,,Gdansk,wn884213",
                "S2,Imran,Khan,1990-03,Birmingham,WN-733512"));
        for (int i = 0; i < 160; i++) {
            (i % 2 == 0 ? norfolk : kent).add(backgroundRow(random, i));
        }
        BatchFolder.norfolk(dir.resolve("norfolk"), "2026-01-10").csv("persons.csv", norfolk.toArray(String[]::new));
        BatchFolder.at(dir.resolve("kent")).manifest("{\"force\":\"KENT\",\"system\":\"NICHE\",\"extracted\":\"2026-01-11\"}")
                .csv("persons.csv", kent.toArray(String[]::new));
        ingest.ingest(dir.resolve("norfolk"));
        ingest.ingest(dir.resolve("kent"));
        resolution.resolveAll(true, ProgressListener.silent());

        // with the configured columns: the same warrant number joins, a different birthplace and warrant separate
        assertThat(personOf(KOWALSKI_NORFOLK)).isEqualTo(personOf(KOWALSKI_KENT));
        assertThat(personOf(KHAN_NORFOLK)).isNotEqualTo(personOf(KHAN_KENT));

        // the same stored records through the same engine without them: the other way round
        List<PersonInput> inputs = new ArrayList<>();
        records.all(r -> inputs.add(r.input()));
        assertThat(inputs).filteredOn(r -> r.key().equals(KOWALSKI_KENT)).singleElement()
                .satisfies(r -> assertThat(r.extra("placeofbirth")).isEqualTo("Gdansk"));
        EngineState without = new ResolutionEngine(EngineSettings.defaults()).run(inputs, List.of(), null,
                ProgressListener.silent());
        assertThat(without.clusterOf(KOWALSKI_NORFOLK)).isNotEqualTo(without.clusterOf(KOWALSKI_KENT));
        assertThat(without.clusterOf(KHAN_NORFOLK)).isEqualTo(without.clusterOf(KHAN_KENT));

        GraphQlTester.Response joined = explain(KOWALSKI_NORFOLK, KOWALSKI_KENT);
        joined.path("explainMatch.sameEntity").entity(Boolean.class).isEqualTo(true);
        Map<String, Object> warrant = row(joined, "extra.warrantno");
        assertThat(warrant).containsEntry("comparison", "MATCH").containsEntry("valueA", "WN-884213")
                .containsEntry("valueB", "wn884213")
                .containsEntry("explanation", "same warrantno column: WN-884213 / wn884213");
        assertThat(((Number) warrant.get("weight")).doubleValue()).isPositive();
        assertThat(row(joined, "extra.placeofbirth")).containsEntry("comparison", "EXACT");
        Map<String, Object> birthplace = row(explain(KHAN_NORFOLK, KHAN_KENT), "extra.placeofbirth");
        assertThat(birthplace).containsEntry("comparison", "DIFFERENT")
                .containsEntry("explanation", "different placeofbirth column: Lahore / Birmingham");
        assertThat(((Number) birthplace.get("weight")).doubleValue()).isNegative();

        // a search that carries a configured column is scored and explained with it, by the same comparator
        Map<String, Object> searched = testers.analyst(Caller.ALL_FORCES).documentName("searchPersons")
                .variable("input", Map.of("name", "Daniel Kowalski",
                        "extras", List.of(Map.of("column", "WarrantNo", "value", "WN 884213"))))
                .execute().path("searchPersons[0].explanation").entityList(Map.class).get().stream()
                .filter(f -> "extra.warrantno".equals(f.get("feature"))).findFirst().orElseThrow();
        assertThat(searched).containsEntry("comparison", "MATCH").containsEntry("valueA", "WN 884213");
    }

    private static String backgroundRow(Random random, int i) {
        return "B" + i + "," + GIVEN.get(random.nextInt(GIVEN.size())) + "," + FAMILY.get(random.nextInt(FAMILY.size()))
                + "," + (1950 + random.nextInt(50)) + "-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + "," + TOWNS.get(random.nextInt(TOWNS.size())) + ",WN-" + (200000 + random.nextInt(700000));
    }

    private String personOf(String key) {
        try (var session = driver.session()) {
            return session.run("MATCH (:PersonRecord {key: $key})-[:RESOLVES_TO]->(p:Person) RETURN p.id AS id",
                    Map.of("key", key)).single().get("id").asString();
        }
    }

    private GraphQlTester.Response explain(String a, String b) {
        return testers.analyst(Caller.ALL_FORCES).documentName("explainMatchForAnalysts").variable("a", a).variable("b", b)
                .execute();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(GraphQlTester.Response response, String feature) {
        return response.path("explainMatch.features").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).filter(f -> feature.equals(f.get("feature"))).findFirst().orElseThrow();
    }
}
