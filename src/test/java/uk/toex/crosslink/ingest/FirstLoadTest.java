package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.demo.WorldGenerator;
import uk.toex.crosslink.ingest.bulk.OfflineImporter;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.store.CrosslinkProperties;
import uk.toex.crosslink.store.EmbeddedNeo4j;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * A first load through the offline importer must leave exactly what loading the same batches
 * through the store and then resolving leaves: the same records, links, shared nodes, reports
 * and rejections, and the same persons.
 */
@CrosslinkTest
class FirstLoadTest extends IngestStoreTest {

    @Autowired
    ResolutionService resolution;

    List<Path> batches() throws IOException {
        new WorldGenerator().generate(temp.resolve("world"), 600, 11);
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> world = Files.list(temp.resolve("world"))) {
            world.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        dirs.add(IngestServiceTest.everyFile(temp.resolve("every-file"))
                .manifest("{\"force\":\"LINCOLNSHIRE\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\",\"handling\":\"C\"}")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,ho_code,gravity,committed_on,reported_on,outcome",
                        "F1,P1,VICTIM,MSHT,106/1,8,2022-05-01,2022-05-03,", "F2,P1,VICTIM,MSHT,106/1,99,2022-05-01,,")
                .path());
        return dirs;
    }

    @Test
    void aFirstLoadLeavesWhatLoadingThroughTheStoreAndResolvingLeaves() throws IOException {
        List<Path> dirs = batches();
        List<IngestReport> throughStore = dirs.stream().map(ingest::ingest).toList();
        resolution.resolveAll(true, ProgressListener.silent());
        List<String> storeGraph = IngestedGraph.of(store);
        Set<Set<String>> storePersons = persons(store);

        Path dataDir = temp.resolve("new-store");
        assertThat(OfflineImporter.storeIsNew(dataDir)).isTrue();
        BulkLoad.Result firstLoad = BulkLoad.load(dataDir, dirs, IngestOptions.defaults(), ProgressListener.silent());

        assertThat(Files.exists(dataDir.resolve("first-load"))).as("work folder removed").isFalse();
        assertThat(firstLoad.reports()).hasSameSizeAs(throughStore);
        for (int i = 0; i < dirs.size(); i++) {
            IngestReport bulk = firstLoad.reports().get(i);
            IngestReport stored = throughStore.get(i);
            assertThat(List.of(bulk.rows(), bulk.accepted(), bulk.updated(), bulk.unchanged(), bulk.rejected()))
                    .as(dirs.get(i).toString())
                    .isEqualTo(List.of(stored.rows(), stored.accepted(), stored.updated(), stored.unchanged(), stored.rejected()));
            assertThat(bulk.rejections()).isEqualTo(stored.rejections());
        }
        assertThat(firstLoad.reports().get(dirs.size() - 1).rejected()).isEqualTo(1);
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(dataDir, new CrosslinkProperties.Neo4j(null, "neo4j", null,
                "neo4j", 0, "64m", "1g", Duration.ofSeconds(60)));
             var driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken())) {
            StoreQueries imported = new StoreQueries(driver);
            assertThat(IngestedGraph.of(imported)).containsExactlyInAnyOrderElementsOf(storeGraph);
            assertThat(persons(imported)).isEqualTo(storePersons);
            assertThat(imported.count("MATCH (b:Batch {status: 'done'})-[:FROM_FORCE]->(:Force) RETURN count(b)"))
                    .isEqualTo(dirs.size());
            assertThat(searchWords(imported)).as("searchable at once, with the words the store path writes")
                    .isEqualTo(searchWords(store)).doesNotContainValue("none");
            assertThat(imported.count("MATCH (m:ResolutionModel {id: 'current'}) RETURN count(m)")).isEqualTo(1);
            assertThat(personFacts(imported)).as("the persons' visibility facts, as ingest and resolution keep them")
                    .isEqualTo(personFacts(store)).isNotEmpty();
            assertThat(imported.count("MATCH (m:PersonFacts {version: 1}) RETURN count(m)")).as("marked current").isEqualTo(1);
            assertThat(imported.count("MATCH ()-[l:RESOLUTION_LINK]->() RETURN count(l)"))
                    .isEqualTo(store.count("MATCH ()-[l:RESOLUTION_LINK]->() RETURN count(l)"));
            assertThat(imported.count("MATCH (i:ReviewItem) RETURN count(i)"))
                    .isEqualTo(store.count("MATCH (i:ReviewItem) RETURN count(i)"));
        }
    }

    /** Each fact edge as its type, force and the record keys of its person, with whether the person is :CrossForce. */
    private static Set<String> personFacts(StoreQueries queries) {
        Set<String> facts = new java.util.TreeSet<>();
        queries.rows("MATCH (f:Force)-[h:HOLDS_PERSON|HOLDS_PROTECTED_PERSON]->(p:Person) WHERE h.force = f.code AND h.person = p.id"
                        + " RETURN type(h) + ' ' + f.code + ' ' + toString(p:CrossForce) AS fact,"
                        + " COLLECT { MATCH (p)<-[:RESOLVES_TO]-(r:PersonRecord) RETURN r.key ORDER BY r.key } AS keys")
                .forEach(row -> facts.add(row.get("fact").asString() + " " + row.get("keys").asList()));
        return facts;
    }

    private static java.util.Map<String, String> searchWords(StoreQueries queries) {
        java.util.Map<String, String> words = new java.util.TreeMap<>();
        queries.rows("MATCH (r:PersonRecord) RETURN r.key AS key, coalesce(r.searchText + ' v' + r.searchVersion, 'none') AS words")
                .forEach(row -> words.put(row.get("key").asString(), row.get("words").asString()));
        return words;
    }

    @Test
    void aFirstLoadKilledPartWayLeavesNothingThatStopsTheNextRun() throws IOException {
        Path kent = BatchFolder.at(temp.resolve("kent")).manifest("{\"force\":\"KENT\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\"}")
                .csv("persons.csv", "record_id,given_names", "K1,Anna").path();
        Path norfolk = BatchFolder.norfolk(temp.resolve("norfolk"), "2023-01-31").csv("persons.csv", "record_id,given_names", "N1,Bob").path();
        Path dataDir = temp.resolve("store");
        // what a run killed while importing leaves: half-written staging and store files
        Files.createDirectories(dataDir.resolve("first-load/store/data/databases/neo4j"));
        Files.writeString(dataDir.resolve("first-load/staging-nodes.bin"), "half a record");
        Files.writeString(dataDir.resolve("first-load/store/data/databases/neo4j/neostore"), "half a store");
        assertThat(OfflineImporter.storeIsNew(dataDir)).isTrue();

        BulkLoad.Result result = BulkLoad.load(dataDir, List.of(kent, norfolk), IngestOptions.defaults(), ProgressListener.silent());

        assertThat(result.reports()).extracting(IngestReport::accepted).containsExactly(1L, 1L);
        assertThat(result.summary().personRecords()).isEqualTo(2);
        assertThat(OfflineImporter.storeIsNew(dataDir)).isFalse();
        assertThat(Files.exists(dataDir.resolve("first-load"))).isFalse();
    }

    @Test
    void takesTheLeadingBatchesWhoseSourcesAllDiffer() throws IOException {
        Path kent = BatchFolder.at(temp.resolve("kent")).manifest("{\"force\":\"KENT\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\"}").path();
        Path norfolk = BatchFolder.norfolk(temp.resolve("norfolk"), "2023-01-31").path();
        Path norfolkAgain = BatchFolder.norfolk(temp.resolve("norfolk-later"), "2023-02-28").path();

        assertThat(BulkLoad.leadingNewSources(List.of(kent, norfolk, norfolkAgain, kent))).isEqualTo(2);
        assertThat(BulkLoad.leadingNewSources(List.of(kent, norfolk))).isEqualTo(2);
    }

    /** Who is who: the records of each person, whatever its id. */
    private static Set<Set<String>> persons(StoreQueries store) {
        Set<Set<String>> out = new java.util.HashSet<>();
        store.rows("MATCH (r:PersonRecord)-[:RESOLVES_TO]->(p:Person) RETURN p.id AS id, collect(r.key) AS keys")
                .forEach(row -> out.add(new TreeSet<>(row.get("keys").asList(v -> v.asString()))));
        return out;
    }
}
