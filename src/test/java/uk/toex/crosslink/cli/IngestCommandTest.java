package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.TestNeo4j;

/** {@code ingest DIR...} run in-process through the launcher's own argument split and picocli, against the harness. */
class IngestCommandTest extends CommandTest {

    int run(String... args) {
        return command(List.of(args));
    }

    Path batch(String name, String force, String... personRows) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("manifest.json"),
                "{\"force\":\"" + force + "\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\"}");
        Files.writeString(dir.resolve("persons.csv"), "record_id,given_names,gender\n" + String.join("\n", personRows) + "\n");
        return dir;
    }

    long personRecords() {
        return (long) TestNeo4j.get().defaultDatabaseService()
                .executeTransactionally("MATCH (r:PersonRecord) RETURN count(r) AS n", java.util.Map.of(), r -> (Long) r.next().get("n"));
    }

    @Test
    void printsOneJsonReportPerBatchOnStdoutAndExitsZero() throws IOException {
        Path kent = batch("kent", "KENT", "K1,Anna,F", "K2,Bob,Q");
        Path essex = batch("essex", "ESSEX", "E1,Cara,F");

        int exit = run("--crosslink.neo4j.uri=" + TestNeo4j.boltUri(), "--data-dir", temp.resolve("data").toString(),
                "ingest", "--user", "ops.night", "--purpose", "nightly extracts", kent.toString(), essex.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("force").asText()).isEqualTo("KENT");
        assertThat(first.get("accepted").asLong()).isEqualTo(1);
        assertThat(first.get("rejected").asLong()).isEqualTo(1);
        assertThat(first.get("rejectFile").asText()).startsWith(kent.toString());
        assertThat(first.get("files").get("persons.csv").get("rows").asLong()).isEqualTo(2);
        assertThat(first.get("rejections").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(json.readTree(lines.get(1)).get("accepted").asLong()).isEqualTo(1);
        assertThat(err.toString()).contains("rows per CPU-second");
        assertThat(personRecords()).isEqualTo(2);
        // one audit event per batch, naming the operator, the purpose, the batch and its counts
        List<Map<String, Object>> events = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {channel: 'cli'}) RETURN e.subject AS subject, e.purpose AS purpose,"
                        + " e.operation AS operation, e.outcome AS outcome, e.variables AS variables ORDER BY e.at",
                Map.of(), r -> r.stream().toList());
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e).containsEntry("subject", "ops.night")
                .containsEntry("purpose", "nightly extracts").containsEntry("operation", "ingest").containsEntry("outcome", "ok"));
        JsonNode summary = json.readTree((String) events.get(0).get("variables"));
        assertThat(summary.get("batchId").asText()).isEqualTo(first.get("batchId").asText());
        assertThat(summary.get("accepted").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
    }

    @Test
    void aBadFolderOnTheCommandLineExitsTwoHavingLoadedNothing() throws IOException {
        Path good = batch("good", "KENT", "K1,Anna,F");
        Path bad = batch("bad", "kent", "K2,Bob,M");

        int exit = run("--crosslink.neo4j.uri=" + TestNeo4j.boltUri(), "ingest", good.toString(), bad.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).startsWith("error: " + bad.resolve("manifest.json") + ": field force:")
                .doesNotContain("\n");
        assertThat(personRecords()).isZero();
    }

    @Test
    void aMissingFolderOrNoFolderIsBadUsage() {
        assertThat(run("ingest", temp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere: not a directory");
        assertThat(run("ingest")).isEqualTo(2);
    }

    @Test
    void aNewEmbeddedStoreIsFirstLoadedInBulkThenIngestsThroughTheStoreAsUsual() throws IOException {
        Path dataDir = temp.resolve("data");
        Path kent = batch("kent", "KENT", "K1,Anna,F", "K1,Anna again,F");
        Path essex = batch("essex", "ESSEX", "E1,Bob,M");
        Path kentLater = batch("kent-later", "KENT", "K1,Anna,F", "K3,Cora,F");
        String[] store = {"--data-dir", dataDir.toString(), "--crosslink.neo4j.bolt-port=0", "ingest"};

        assertThat(run(concat(store, kent.toString(), essex.toString(), kentLater.toString()))).isEqualTo(0);
        List<JsonNode> first = reports();
        assertThat(first).extracting(r -> r.get("accepted").asLong()).containsExactly(1L, 1L, 1L);
        assertThat(first).extracting(r -> r.get("unchanged").asLong()).containsExactly(0L, 0L, 1L);
        assertThat(first.get(0).get("rejected").asLong()).isEqualTo(1);
        assertThat(err.toString()).contains("first load of 2 batches");

        out.getBuffer().setLength(0);
        assertThat(run(concat(store, kent.toString(), essex.toString()))).isEqualTo(0);
        assertThat(reports()).extracting(r -> r.get("unchanged").asLong()).containsExactly(1L, 1L);
    }

    /** Every stdout line is one JSON report: nothing else (no log lines) may reach stdout. */
    private List<JsonNode> reports() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> reports = new java.util.ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            reports.add(json.readTree(line));
        }
        return reports;
    }

    private static String[] concat(String[] head, String... tail) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail)).toArray(String[]::new);
    }
}
