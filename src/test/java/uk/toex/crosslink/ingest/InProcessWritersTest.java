package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.ingest.store.IngestCypher;
import uk.toex.crosslink.ingest.store.StoreIngestWriter;
import uk.toex.crosslink.store.CrosslinkProperties;
import uk.toex.crosslink.store.CypherLibrary;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.store.EmbeddedStatements;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * The embedded store's ingest runs the same Cypher files in-process instead of over Bolt, and
 * may write several small chunks at once: the graph it leaves must be exactly the one the
 * Bolt writer leaves, for new, unchanged and changed records of every file kind.
 */
@CrosslinkTest
class InProcessWritersTest {


    @Autowired
    IngestService overBolt;

    @Autowired
    Driver driver;

    @TempDir
    Path temp;

    StoreQueries store;

    @BeforeEach
    void clear() {
        TestNeo4j.clear();
        store = new StoreQueries(driver);
    }

    /** In-process on the harness's own database; 3-row chunks on 2 writers, so chunks commit in parallel. */
    IngestService inProcess() {
        IngestCypher cypher = new IngestCypher(new CypherRunner(
                new EmbeddedStatements(TestNeo4j.get().defaultDatabaseService()), new CypherLibrary(), Duration.ofSeconds(60)));
        IngestSettings settings = new IngestSettings(3, 2);
        return new IngestService(new StoreIngestWriter(cypher), event -> { },
                new CrosslinkProperties(temp.resolve("data"), new CrosslinkProperties.Neo4j(null, "neo4j", null,
                        "neo4j", 0, "64m", "256m", java.time.Duration.ofSeconds(60))), settings);
    }

    /** Many persons sharing phones and addresses across chunks, then every file kind. */
    BatchFolder first(String name) {
        List<String> rows = new ArrayList<>(List.of("record_id,given_names,phones,emails,address,postcode,id_documents"));
        for (int i = 0; i < 40; i++) {
            rows.add("Q" + i + ",Name" + i + ",0770090" + (1000 + i % 4) + "|+36 30 123 4567,x" + i % 3 + "@example.com,\""
                    + i % 5 + " Mill Lane\",NR1 1AA,PASSPORT:X" + i % 6 + ",");
        }
        BatchFolder folder = IngestServiceTest.everyFile(temp.resolve(name));
        List<String> persons = new ArrayList<>(List.of(
                "record_id,given_names,family_name,aliases,dob,gender,nationality,phones,emails,address,postcode,id_documents,flags",
                "P1,Attila,Lakatos,Lakatos Attila|LAKATOS Atila,1984-03-07,M,HU,+36 30 123 4567|07700900123,"
                        + "Attila@Example.com,\"12 Salhouse Road, Norwich\",nr12ab,PASSPORT:ab 123-456|NINO:QQ123456C,VICTIM|MISSING",
                "P2,Иван,Иванов,,1990-05,F,RU,0044 7700 900 123,,,,,SUSPECT"));
        rows.stream().skip(1).map(r -> r.replaceFirst("^([^,]*),([^,]*),", "$1,$2,,,,,,")).forEach(persons::add);
        return folder.csv("persons.csv", persons.toArray(String[]::new));
    }

    /** The same batch a month later: P1, an advert, an offence, a link and some shared-phone persons changed. */
    BatchFolder second(String name) {
        BatchFolder folder = first(name).manifest("{\"force\":\"NORFOLK\",\"system\":\"ATHENA\",\"extracted\":\"2023-02-28\"}");
        List<String> persons = new ArrayList<>(List.of(
                "record_id,given_names,family_name,phones,address,postcode",
                "P1,Attila,LAKATOS,07700900999,2 Mill Lane,NR1 1AA", "P2,Иван,Иванов,0044 7700 900 123,,"));
        for (int i = 0; i < 40; i++) {
            persons.add("Q" + i + ",Name" + i + ",," + (i % 2 == 0 ? "07700901009" : "07700901001") + ",1 Mill Lane,NR1 1AA");
        }
        return folder.csv("persons.csv", persons.toArray(String[]::new))
                .csv("adverts.csv", "record_id,site,url,posted_at,title,text,phones,emails,image_hashes,location,postcode",
                        "AD1,vivastreet,https://x.test/1,2021-12-03T14:05:00Z,New,call,07700 900999,a@b.test,AB12CD,Ipswich,IP1 1AA")
                .csv("offences.csv", "record_id,person_record_id,involvement,category,ho_code,gravity,committed_on,reported_on,outcome",
                        "F1,P2,SUSPECT,MSHT,106/1,9,2022-05-01,2022-05-03,CHARGED")
                .csv("ocg_members.csv", "ocg_record_id,person_record_id,role", "G1,P2,MEMBER");
    }

    @Test
    void writesInProcessExactlyWhatTheBoltWriterWrites() {
        List<IngestReport> bolt = List.of(overBolt.ingest(first("b1").path()), overBolt.ingest(first("b2").path()),
                overBolt.ingest(second("b3").path()));
        List<String> boltGraph = IngestedGraph.of(store);
        TestNeo4j.clear();

        IngestService inProcess = inProcess();
        List<IngestReport> local = List.of(inProcess.ingest(first("l1").path()), inProcess.ingest(first("l2").path()),
                inProcess.ingest(second("l3").path()));

        assertThat(local.get(0).accepted()).isEqualTo(local.get(0).rows()).isEqualTo(55);
        assertThat(local.get(1).unchanged()).isEqualTo(55);
        assertThat(local.get(2).updated()).isEqualTo(bolt.get(2).updated()).isEqualTo(45);
        for (int i = 0; i < 3; i++) {
            assertThat(counts(local.get(i))).isEqualTo(counts(bolt.get(i)));
        }
        assertThat(IngestedGraph.of(store)).isEqualTo(boltGraph).hasSizeGreaterThan(200);
    }

    static List<Long> counts(IngestReport r) {
        return List.of(r.rows(), r.accepted(), r.updated(), r.unchanged(), r.rejected());
    }


}
