package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * The two ways the service reaches the store, in-process on the embedded engine and over Bolt on an
 * external server, give the caller the same rows and the same guarantees: reads cannot write, a
 * read longer than its timeout is stopped by the store, a write is committed when it returns, and
 * the statements of one write transaction are committed together or not at all.
 */
class StoreStatementsTest {

    private static Driver driver;

    @BeforeAll
    static void connect() {
        driver = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void disconnect() {
        driver.close();
    }

    static Stream<StoreStatements> bothWays() {
        return Stream.of(new EmbeddedStatements(TestNeo4j.get().defaultDatabaseService()),
                new BoltStatements(driver, "neo4j"));
    }

    @BeforeEach
    void aRecordWithEveryKindOfValue() {
        TestNeo4j.clear();
        TestNeo4j.get().defaultDatabaseService().executeTransactionally("""
                CREATE (:StatementsTest {key: 'K-1', flags: ['VICTIM', 'PNC'], scores: [1, 2], dob: date('1980-02-03'),
                    gravity: 7, weight: 0.5, active: true})""");
    }

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @ParameterizedTest
    @MethodSource("bothWays")
    void readsGiveRowsShapedAsTheDriverGivesThem(StoreStatements store) {
        List<Map<String, Object>> rows = store.read("""
                MATCH (n:StatementsTest {key: $key})
                RETURN {props: properties(n), nested: [n.flags, {gravity: n.gravity}]} AS node, n.flags AS flags""",
                Map.of("key", "K-1"), Duration.ofSeconds(5));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("flags")).isEqualTo(List.of("VICTIM", "PNC"));
            assertThat(row.get("node")).isEqualTo(Map.of(
                    "props", Map.of("key", "K-1", "flags", List.of("VICTIM", "PNC"), "scores", List.of(1L, 2L),
                            "dob", LocalDate.of(1980, 2, 3), "gravity", 7L, "weight", 0.5, "active", true),
                    "nested", List.of(List.of("VICTIM", "PNC"), Map.of("gravity", 7L))));
        });
    }

    @ParameterizedTest
    @MethodSource("bothWays")
    void aReadCannotWrite(StoreStatements store) {
        assertThatThrownBy(() -> store.read("CREATE (:StatementsTest {key: 'K-2'})", Map.of(), Duration.ofSeconds(5)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> store.stream("CREATE (:StatementsTest {key: 'K-3'})", Map.of(), row -> { }))
                .isInstanceOf(RuntimeException.class);

        assertThat(count()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("bothWays")
    void aReadLongerThanItsTimeoutIsStoppedByTheStore(StoreStatements store) {
        TestNeo4j.get().defaultDatabaseService().executeTransactionally("UNWIND range(1, 100) AS i CREATE (:StatementsTest {i: i})");

        assertThatThrownBy(() -> store.read("""
                MATCH (a:StatementsTest), (b:StatementsTest), (c:StatementsTest), (d:StatementsTest)
                WHERE a.i + b.i + c.i + d.i < 0
                RETURN count(*) AS n""", Map.of(), Duration.ofSeconds(1)))
                .satisfies(failure -> assertThat(StoreTimeouts.isTimeout(failure)).isTrue());
    }

    @ParameterizedTest
    @MethodSource("bothWays")
    void aStreamHandsOverEveryRowAndAWriteIsCommittedWhenItReturns(StoreStatements store) {
        List<Map<String, Object>> written = store.write("UNWIND $keys AS key CREATE (n:StatementsTest {key: key}) RETURN n.key AS key",
                Map.of("keys", List.of("K-2", "K-3")));
        List<Object> streamed = new ArrayList<>();
        store.stream("MATCH (n:StatementsTest) RETURN n.key AS key ORDER BY key", Map.of(), row -> streamed.add(row.get("key")));

        assertThat(written).extracting(row -> row.get("key")).containsExactly("K-2", "K-3");
        assertThat(streamed).containsExactly("K-1", "K-2", "K-3");
    }

    @ParameterizedTest
    @MethodSource("bothWays")
    void aWriteTransactionCommitsEveryStatementTogetherOrNone(StoreStatements store) {
        long seen = store.inWriteTransaction(tx -> {
            tx.run("CREATE (:StatementsTest {key: 'K-2'})", Map.of());
            return (Long) tx.run("MATCH (n:StatementsTest) RETURN count(n) AS n", Map.of()).get(0).get("n");
        });
        assertThatThrownBy(() -> store.inWriteTransaction(tx -> {
            tx.run("CREATE (:StatementsTest {key: 'K-3'})", Map.of());
            return tx.run("RETURN 1 / 0 AS never", Map.of());
        })).isInstanceOf(RuntimeException.class);

        assertThat(seen).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
    }

    private static long count() {
        return TestNeo4j.get().defaultDatabaseService().executeTransactionally("MATCH (n:StatementsTest) RETURN count(n) AS n",
                Map.of(), result -> (Long) result.next().get("n"));
    }
}
