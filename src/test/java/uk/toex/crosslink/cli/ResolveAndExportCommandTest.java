package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.support.TestNeo4j;

/** {@code resolve} and {@code export-entities} as an outside check runs them, against the harness. */
class ResolveAndExportCommandTest extends CommandTest {

    int run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "--crosslink.neo4j.uri=" + TestNeo4j.boltUri(), "--data-dir", temp.resolve("data").toString()));
        all.addAll(List.of(args));
        return command(all);
    }

    @Test
    void exportsOneRowPerPersonRecordNamingTheResolvedPersonAndAuditsBothCommands() throws IOException {
        Path batch = Files.createDirectories(temp.resolve("kent"));
        Files.writeString(batch.resolve("manifest.json"), "{\"force\":\"KENT\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\"}");
        Files.writeString(batch.resolve("persons.csv"), """
                record_id,given_names,family_name,dob,phones
                K1,Attila,Lakatos,1984-03-07,07700900123
                K2,Lakatos,Attila,1984-03-07,+44 7700 900123
                K3,Mary,Brown,1990-11-02,
                """);
        assertThat(run("ingest", batch.toString())).isZero();

        assertThat(run("resolve", "--user", "analyst.kent", "--purpose", "OP-7 dedup")).isZero();
        Path csv = temp.resolve("entities.csv");
        assertThat(run("export-entities", "--out", csv.toString(), "--user", "analyst.kent", "--purpose", "OP-7 check")).isZero();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("force,system,record_id,entity_id");
        Map<String, String> entity = new java.util.HashMap<>();
        lines.stream().skip(1).map(l -> l.split(",")).forEach(f -> entity.put(f[2], f[3]));
        assertThat(entity).containsOnlyKeys("K1", "K2", "K3");
        assertThat(entity.get("K1")).isEqualTo(entity.get("K2")).isNotEqualTo(entity.get("K3"));

        List<Map<String, Object>> events = TestNeo4j.get().defaultDatabaseService().executeTransactionally(
                "MATCH (e:AuditEvent {channel: 'cli', subject: 'analyst.kent'}) RETURN e.operation AS operation,"
                        + " e.purpose AS purpose, e.outcome AS outcome, e.disclosedCount AS count ORDER BY e.at",
                Map.of(), r -> r.stream().toList());
        assertThat(events).extracting(e -> e.get("operation")).containsExactly("resolve", "export-entities");
        assertThat(events.get(1)).containsEntry("purpose", "OP-7 check").containsEntry("outcome", "ok").containsEntry("count", 3L);
    }

    @Test
    void exportedCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws IOException {
        Path batch = Files.createDirectories(temp.resolve("kent"));
        Files.writeString(batch.resolve("manifest.json"), "{\"force\":\"KENT\",\"system\":\"NICHE\",\"extracted\":\"2023-01-31\"}");
        Files.writeString(batch.resolve("persons.csv"), """
                record_id,given_names,family_name
                "=HYPERLINK(""http://x.test"",""open"")",Ann,Lee
                +4477009,Bob,Ray
                -12,Cid,Moe
                @SUM(A1),Dee,Fox
                K5,Eve,Kay
                """);
        assertThat(run("ingest", batch.toString())).isZero();
        Path csv = temp.resolve("entities.csv");
        assertThat(run("export-entities", "--out", csv.toString(), "--user", "analyst.kent", "--purpose", "OP-7 check")).isZero();

        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(csv))) {
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("record_id")).containsExactlyInAnyOrder(
                "'=HYPERLINK(\"http://x.test\",\"open\")", "'+4477009", "'-12", "'@SUM(A1)", "K5");
        assertThat(rows).allSatisfy(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("-").doesNotStartWith("@")));
    }

    @Test
    void anExportIntoAMissingFolderIsBadUsage() {
        assertThat(run("export-entities", "--out", temp.resolve("no/such/dir/e.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
