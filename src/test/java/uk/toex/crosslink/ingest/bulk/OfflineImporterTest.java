package uk.toex.crosslink.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.graphdb.Node;
import uk.toex.crosslink.store.CrosslinkProperties;
import uk.toex.crosslink.store.EmbeddedNeo4j;

class OfflineImporterTest {

    @TempDir
    Path dataDir;

    @Test
    void importsAStagedGraphThatTheEmbeddedEngineThenOpens() {
        assertThat(OfflineImporter.storeIsNew(dataDir)).isTrue();
        ZonedDateTime now = ZonedDateTime.of(2024, 7, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        try (StagedGraph graph = new StagedGraph(dataDir.resolve("staging"))) {
            graph.node("PersonRecord", "KENT/NICHE/1", new String[] {"SourceRecord", "PersonRecord"},
                    Map.of("key", "KENT/NICHE/1", "familyName", "Иванов", "phones", List.of("+447700900123"),
                            "version", 1L, "extracted", LocalDate.of(2024, 7, 1), "ingestedAt", now));
            graph.shared("Phone", "+447700900123", Map.of("e164", "+447700900123"));
            graph.shared("Phone", "+447700900123", Map.of("e164", "ignored: the first one made it"));
            graph.relationship("HAS_PHONE", StagedGraph.id("PersonRecord", "KENT/NICHE/1"),
                    StagedGraph.id("Phone", "+447700900123"), Map.of("batchId", "B1"));
            OfflineImporter.importInPlace(dataDir, graph.input());
        }
        assertThat(OfflineImporter.storeIsNew(dataDir)).isFalse();
        var settings = new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "1g", Duration.ofSeconds(60));
        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(dataDir, settings)) {
            var db = store.dbms().database("neo4j");
            try (var tx = db.beginTx()) {
                var row = tx.execute("MATCH (r:SourceRecord:PersonRecord)-[h:HAS_PHONE]->(p:Phone) "
                        + "RETURN r, h.batchId AS batch, p.e164 AS phone").next();
                Node record = (Node) row.get("r");
                assertThat(record.getProperty("familyName")).isEqualTo("Иванов");
                assertThat((String[]) record.getProperty("phones")).containsExactly("+447700900123");
                assertThat(record.getProperty("extracted")).isEqualTo(LocalDate.of(2024, 7, 1));
                assertThat(record.getProperty("ingestedAt")).isEqualTo(now);
                assertThat(row.get("batch")).isEqualTo("B1");
                assertThat(row.get("phone")).isEqualTo("+447700900123");
                assertThat(tx.execute("MATCH (n) RETURN count(n) AS n").next().get("n")).isEqualTo(2L);
            }
        }
    }

    @Test
    void anImportMovesIntoPlaceOverWhatAKilledRunLeftAndKeepsItsProgressReport() throws java.io.IOException {
        Path leftover = dataDir.resolve("data/transactions/neo4j");
        java.nio.file.Files.createDirectories(leftover);
        java.nio.file.Files.writeString(leftover.resolve("neostore.transaction.db.0"), "from a run killed between the moves");
        try (StagedGraph graph = new StagedGraph(dataDir.resolve("work/staging"))) {
            graph.node("OrganisedCrimeGroup", "KENT/NICHE/G1", new String[] {"SourceRecord", "OrganisedCrimeGroup"},
                    Map.of("key", "KENT/NICHE/G1", "name", "Red Crew"));
            OfflineImporter.importInto(dataDir, dataDir.resolve("work/store"), graph.input());
        }
        assertThat(dataDir.resolve("first-load-" + OfflineImporter.REPORT)).content().contains("IMPORT DONE");
        var settings = new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "1g", Duration.ofSeconds(60));
        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(dataDir, settings)) {
            try (var tx = store.dbms().database("neo4j").beginTx()) {
                assertThat(tx.execute("MATCH (g:OrganisedCrimeGroup) RETURN g.name AS name").next().get("name"))
                        .isEqualTo("Red Crew");
            }
        }
    }
}
