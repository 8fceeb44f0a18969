package uk.toex.crosslink.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.cli.CommandLines;
import uk.toex.crosslink.ingest.BatchFolder;
import uk.toex.crosslink.security.Redaction;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * {@code investigate} and {@code investigate --list} through the launcher's own argument split and
 * picocli, against the harness, with the world's batches ingested by the {@code ingest} command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestigateCommandTest {

    @TempDir
    static Path temp;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--crosslink.neo4j.uri=" + TestNeo4j.boltUri(),
                "--data-dir", temp.resolve("data").toString(), "--crosslink.investigations.timeout=120s"));
        if (List.of(args).stream().noneMatch(a -> a.startsWith("--crosslink.investigations.dir="))) {
            all.add("--crosslink.investigations.dir=src/test/resources/investigations");
        }
        all.addAll(List.of(args));
        int exit = CommandLines.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    void ingestTheWorld() {
        TestNeo4j.clear();
        List<String> args = new ArrayList<>(List.of("ingest"));
        CatalogueWorld.batches(temp.resolve("batches")).stream().map(BatchFolder::path).map(Path::toString).forEach(args::add);
        assertThat(run(args.toArray(String[]::new)).exit()).isZero();
    }

    String token(String roles, String forces) {
        Run minted = run("token", "--user", "cli-" + roles.toLowerCase(), "--roles", roles, "--forces", forces);
        assertThat(minted.exit()).isZero();
        return minted.out().strip();
    }

    @Test
    void listsEveryInvestigationAsNameTabTitle() {
        Run list = run("investigate", "--list");
        assertThat(list.exit()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(12 + 9)
                .contains("adverts-sharing-suspect-phone\tAdverts that share a phone with a suspect",
                        "test-everything\tTest: every node")
                .allSatisfy(l -> assertThat(l).matches("[a-z0-9-]+\t[^\t]+"));
    }

    @Test
    void printsRowsAsCsvWithAHeaderOfTheColumns() {
        Run csv = run("investigate", "missing-persons-phones-in-adverts", "--format", "csv", "--user", "ops", "--purpose", "OP-1");
        assertThat(csv.exit()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("missingPerson,phone,adverts,sites,lastPosted");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("+447700900003,1,").contains("IVANOV");
    }

    @Test
    void printsOneJsonObjectPerRowForTheCallerATokenNames() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Run partner = run("investigate", "test-family-names", "--token", token("PARTNER", "NORFOLK"));
        assertThat(partner.exit()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : partner.out().lines().toList()) {
            rows.add(json.readTree(line));
        }
        assertThat(rows).extracting(r -> r.get("recordId").asText()).containsExactly("N1", "N2", "N4");
        assertThat(rows.get(1).get("familyName").asText()).isEqualTo(Redaction.MARKER);
        Run suffolk = run("investigate", "test-family-names", "--token", token("ANALYST", "SUFFOLK"));
        assertThat(suffolk.out().lines().map(l -> l.replaceAll(".*\"recordId\":\"([^\"]+)\".*", "$1")).toList())
                .containsExactly("N1", "N2", "N4", "S1", "S2", "S3");
        Run operator = run("investigate", "test-family-names", "--param", "", "--format", "json");
        assertThat(operator.exit()).isEqualTo(2);
    }

    @Test
    void badInputOnTheCommandLineExitsTwoWithOneLine() {
        Run wrongType = run("investigate", "test-types", "--param", "s=x", "--param", "i=seven");
        assertThat(wrongType.exit()).isEqualTo(2);
        assertThat(wrongType.err().strip()).isEqualTo("error: investigate test-types: parameter i: expected int, got \"seven\"");
        Run unknown = run("investigate", "nothing-like-it");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no investigation named nothing-like-it");
        assertThat(run("investigate").exit()).isEqualTo(2);
        assertThat(run("investigate", "test-rows", "--param", "n=1", "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("investigate", "test-rows", "--param", "n=1", "--token", "not.a.token").exit()).isEqualTo(2);
    }

    @Test
    void aNewFileInTheFolderIsListedAfterARestartAndABrokenOneRefusedUnderStrict() throws IOException {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("records-per-force.cypher"), """
                // name: records-per-force
                // title: Person records per force
                // description: How many person records each force holds.
                MATCH (r:PersonRecord) RETURN r.force AS force, count(*) AS records ORDER BY force
                """);
        Run listed = run("--crosslink.investigations.dir=" + mine, "investigate", "records-per-force");
        assertThat(listed.exit()).isZero();
        assertThat(listed.out().lines().toList()).containsExactly("{\"force\":\"NORFOLK\",\"records\":4}",
                "{\"force\":\"SUFFOLK\",\"records\":3}");
        Files.writeString(mine.resolve("wipe.cypher"), """
                // name: wipe
                // title: Wipes the store
                // description: Must never load.
                MATCH (n) DETACH DELETE n
                """);
        Run strict = run("--crosslink.investigations.dir=" + mine, "--crosslink.investigations.strict=true", "investigate", "--list");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains(mine.resolve("wipe.cypher") + ":4: would write");
        Run lenient = run("--crosslink.investigations.dir=" + mine, "investigate", "--list");
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.out()).contains("records-per-force\t").doesNotContain("wipe\t");
    }
}
