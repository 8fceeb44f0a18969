package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path dataDir;

    private CrosslinkProperties properties() {
        return properties(Duration.ofSeconds(60));
    }

    private CrosslinkProperties properties(Duration timeout) {
        return new CrosslinkProperties(dataDir,
                new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "256m", timeout));
    }

    @Test
    void keepsDataAcrossRestartsOfTheEmbeddedEngine() {
        try (StoreConnection store = StoreConnection.open(properties())) {
            assertThat(store.isEmbedded()).isTrue();
            try (var session = store.driver().session()) {
                session.run("CREATE (:Force {code: $code})", java.util.Map.of("code", "NORFOLK")).consume();
            }
        }
        try (StoreConnection store = StoreConnection.open(properties()); var session = store.driver().session()) {
            long count = session.run("MATCH (f:Force {code: 'NORFOLK'}) RETURN count(f) AS n").single().get("n").asLong();
            assertThat(count).isEqualTo(1);
        }
        assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
    }

    @Test
    void theEngineStopsATransactionThatRunsLongerThanTheConfiguredTimeout() {
        try (StoreConnection store = StoreConnection.open(properties(Duration.ofSeconds(1)));
             Session session = store.driver().session()) {
            session.run("UNWIND range(1, 100) AS i CREATE (:SlowRead {i: i})").consume();
            // 10^8 rows: minutes of work unless the engine stops it
            assertThatThrownBy(() -> session.run("MATCH (a:SlowRead), (b:SlowRead), (c:SlowRead), (d:SlowRead)"
                    + " WHERE a.i + b.i + c.i + d.i < $zero RETURN count(*) AS n", Map.of("zero", 0)).consume())
                    .isInstanceOf(ClientException.class)
                    .satisfies(e -> assertThat(((ClientException) e).code()).contains("TransactionTimedOut"));
        }
    }

    @Test
    void aProcessThatRunsItsCypherInProcessOpensNoBoltAndHasNoDriver() throws Exception {
        try (StoreConnection store = StoreConnection.open(properties(), false)) {
            assertThat(store.embeddedBoltUri()).isEmpty();
            assertThatThrownBy(store::driver).isInstanceOf(IllegalStateException.class).hasMessageContaining("in-process");
            StoreStatements statements = new EmbeddedStatements(store.embeddedDatabase().orElseThrow());
            statements.write("CREATE (:Force {code: $code})", Map.of("code", "KENT"));
            assertThat(statements.read("MATCH (f:Force) RETURN f.code AS code", Map.of(), Duration.ofSeconds(5)))
                    .containsExactly(Map.of("code", "KENT"));
        }
    }

    @Test
    void boltOpenToOtherToolsStartsEvenForAnInProcessCommand() {
        int port = freePort();
        CrosslinkProperties open = new CrosslinkProperties(dataDir,
                new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", port, "64m", "256m", Duration.ofSeconds(60)));
        try (StoreConnection store = StoreConnection.open(open, false)) {
            assertThat(store.embeddedBoltUri()).contains("bolt://127.0.0.1:" + port);
            assertThatThrownBy(store::driver).isInstanceOf(IllegalStateException.class);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
