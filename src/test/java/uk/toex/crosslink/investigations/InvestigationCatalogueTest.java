package uk.toex.crosslink.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import uk.toex.crosslink.support.TestNeo4j;

/** Loading the catalogue: every shipped file passes, and each kind of broken file is refused with file, line and reason. */
class InvestigationCatalogueTest {

    static Driver driver;

    @TempDir
    Path dir;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void disconnect() {
        driver.close();
    }

    static final String HEADER = """
            // name: %s
            // title: A title
            // description: What it finds.
            """;

    void file(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name + ".cypher"), text);
    }

    InvestigationFileException refusal(String name, String text) throws IOException {
        file(name, text);
        InvestigationCatalogue catalogue = new InvestigationCatalogue(driver, "neo4j", dir, false);
        assertThat(catalogue.find(name)).isEmpty();
        assertThat(catalogue.refused()).hasSize(1);
        InvestigationFileException refused = catalogue.refused().get(0);
        assertThat(refused.source()).isEqualTo(dir.resolve(name + ".cypher").toString());
        return refused;
    }

    @Test
    void shipsAtLeastTwelveInvestigationsThatAllPass() {
        InvestigationCatalogue catalogue = new InvestigationCatalogue(driver, "neo4j", null, true);
        assertThat(catalogue.refused()).isEmpty();
        assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(inv -> assertThat(inv.source()).startsWith("cypher/investigations/"));
    }

    @Test
    void aFileDroppedInTheFolderJoinsTheShippedOnes() throws IOException {
        file("mine", HEADER.formatted("my-own") + "// param: force string default \"KENT\" A force\n"
                + "MATCH (r:PersonRecord {force: $force}) RETURN count(r) AS n\n");
        InvestigationCatalogue catalogue = new InvestigationCatalogue(driver, "neo4j", dir, true);
        Investigation mine = catalogue.find("my-own").orElseThrow();
        assertThat(mine.parameters()).singleElement().satisfies(p -> {
            assertThat(p.defaultValue()).isEqualTo("KENT");
            assertThat(p.required()).isFalse();
            assertThat(p.description()).isEqualTo("A force");
        });
        assertThat(mine.statementLine()).isEqualTo(5);
        assertThat(catalogue.all()).hasSizeGreaterThan(12);
    }

    @Test
    void refusesAHeaderWithoutTitle() throws IOException {
        InvestigationFileException e = refusal("a", "// name: a\n// description: d\nRETURN 1 AS one\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("header has no title");
    }

    @Test
    void refusesAHeaderWithoutDescriptionOrName() throws IOException {
        assertThat(refusal("a", "// name: a\n// title: t\nRETURN 1 AS one\n").reason()).isEqualTo("header has no description");
        Files.delete(dir.resolve("a.cypher"));
        file("b", "// title: t\n// description: d\nRETURN 1 AS one\n");
        assertThat(new InvestigationCatalogue(driver, "neo4j", dir, false).refused())
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("header has no name"));
    }

    @Test
    void refusesABadName() throws IOException {
        file("x", "// name: Bad_Name\n// title: t\n// description: d\nRETURN 1 AS one\n");
        InvestigationFileException e = new InvestigationCatalogue(driver, "neo4j", dir, false).refused().get(0);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.reason()).isEqualTo("name 'Bad_Name' must match [a-z0-9-]+");
    }

    @Test
    void refusesAnUnknownHeaderFieldAndAnUnknownRole() throws IOException {
        assertThat(refusal("a", HEADER.formatted("a") + "// parm: x int required X\nRETURN 1 AS one\n").reason())
                .startsWith("unknown header field 'parm'");
        Files.delete(dir.resolve("a.cypher"));
        InvestigationFileException role = refusal("b", HEADER.formatted("b") + "// roles: ANALYST, SHERIFF\nRETURN 1 AS one\n");
        assertThat(role.line()).isEqualTo(4);
        assertThat(role.reason()).startsWith("unknown role 'SHERIFF'");
    }

    @Test
    void refusesMalformedParametersWithTheirLine() throws IOException {
        InvestigationFileException type = refusal("a", HEADER.formatted("a") + "// param: x integer required X\nRETURN $x AS x\n");
        assertThat(type.line()).isEqualTo(4);
        assertThat(type.reason()).startsWith("param x: unknown type 'integer'");
        Files.delete(dir.resolve("a.cypher"));
        InvestigationFileException shape = refusal("b", HEADER.formatted("b") + "// param: x int\nRETURN $x AS x\n");
        assertThat(shape.reason()).startsWith("param must read 'NAME TYPE (required | default VALUE) DESCRIPTION'");
        Files.delete(dir.resolve("b.cypher"));
        InvestigationFileException bad = refusal("c", HEADER.formatted("c") + "// param: d date default 2024-13-01 D\nRETURN $d AS d\n");
        assertThat(bad.reason()).isEqualTo("default of parameter d: expected date, got \"2024-13-01\"");
        Files.delete(dir.resolve("c.cypher"));
        InvestigationFileException twice = refusal("e", HEADER.formatted("e")
                + "// param: x int required X\n// param: x int required X\nRETURN $x AS x\n");
        assertThat(twice.line()).isEqualTo(5);
        assertThat(twice.reason()).isEqualTo("param x declared twice");
    }

    @Test
    void refusesAParameterUsedButNotDeclaredAndOneDeclaredButNotUsed() throws IOException {
        InvestigationFileException undeclared = refusal("a", HEADER.formatted("a") + "MATCH (r:PersonRecord)\nWHERE r.force = $force\nRETURN r\n");
        assertThat(undeclared.line()).isEqualTo(5);
        assertThat(undeclared.reason()).isEqualTo("$force is used but not declared as a param");
        Files.delete(dir.resolve("a.cypher"));
        InvestigationFileException unused = refusal("b", HEADER.formatted("b") + "// param: force string required F\n"
                + "// a comment naming $force does not count\nRETURN '$force' AS text\n");
        assertThat(unused.line()).isEqualTo(4);
        assertThat(unused.reason()).isEqualTo("param force is declared but never used");
    }

    @Test
    void refusesAStatementThatDoesNotCompileAtItsLine() throws IOException {
        InvestigationFileException e = refusal("a", HEADER.formatted("a") + "MATCH (r:PersonRecord)\nRETURN r.name AS\n");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.reason()).startsWith("does not compile: ");
    }

    @Test
    void refusesWrites() throws IOException {
        InvestigationFileException e = refusal("a", HEADER.formatted("a") + "MATCH (r:PersonRecord)\nSET r.familyName = 'X'\nRETURN r\n");
        assertThat(e.reason()).isEqualTo("would write (EXPLAIN gives query type READ_WRITE); an investigation must be read-only");
        Files.delete(dir.resolve("a.cypher"));
        assertThat(refusal("b", HEADER.formatted("b") + "MATCH (n) DETACH DELETE n\n").reason()).startsWith("would write");
        Files.delete(dir.resolve("b.cypher"));
        assertThat(refusal("c", HEADER.formatted("c") + "CREATE INDEX x FOR (n:X) ON (n.y)\n").reason()).startsWith("would write");
    }

    @Test
    void refusesProcedureCallsLoadCsvAndTransactionsOfItsOwn() throws IOException {
        InvestigationFileException proc = refusal("a", HEADER.formatted("a") + "MATCH (n)\nWITH count(n) AS c\nCALL db.labels() YIELD label\nRETURN label\n");
        assertThat(proc.line()).isEqualTo(6);
        assertThat(proc.reason()).startsWith("calls a procedure");
        Files.delete(dir.resolve("a.cypher"));
        InvestigationFileException csv = refusal("b", HEADER.formatted("b")
                + "LOAD CSV FROM 'file:///etc/passwd' AS line\nRETURN line\n");
        assertThat(csv.line()).isEqualTo(4);
        assertThat(csv.reason()).startsWith("LOAD CSV is not allowed");
        Files.delete(dir.resolve("b.cypher"));
        InvestigationFileException tx = refusal("c", HEADER.formatted("c")
                + "MATCH (n)\nCALL (n) { RETURN n AS m } IN TRANSACTIONS OF 10 ROWS\nRETURN m\n");
        assertThat(tx.line()).isEqualTo(5);
        assertThat(tx.reason()).startsWith("CALL { } IN TRANSACTIONS is not allowed");
        Files.delete(dir.resolve("c.cypher"));
        assertThat(refusal("d", HEADER.formatted("d") + "RETURN 1 AS one;\nMATCH (n) DETACH DELETE n\n").reason())
                .isEqualTo("only one statement is allowed");
    }

    @Test
    void refusesANameAlreadyShipped() throws IOException {
        InvestigationFileException e = refusal("dup", HEADER.formatted("vawg-suspects-multi-force") + "RETURN 1 AS one\n");
        assertThat(e.reason()).isEqualTo("name vawg-suspects-multi-force is already used by cypher/investigations/vawg-suspects-multi-force.cypher");
    }

    @Test
    void strictModeRefusesToStartOverOneBrokenFile() throws IOException {
        file("broken", HEADER.formatted("broken") + "MATCH (n) DELETE n\n");
        file("fine", HEADER.formatted("fine") + "RETURN 1 AS one\n");
        assertThatThrownBy(() -> new InvestigationCatalogue(driver, "neo4j", dir, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 investigation file(s) refused")
                .hasMessageContaining(dir.resolve("broken.cypher") + ":4: would write");
        assertThat(new InvestigationCatalogue(driver, "neo4j", dir, false).find("fine")).isPresent();
    }
}
