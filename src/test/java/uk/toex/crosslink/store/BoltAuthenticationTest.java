package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

/** The embedded engine's Bolt connector: nobody in without the password kept in the data directory. */
class BoltAuthenticationTest {

    @TempDir
    Path dataDir;

    private static CrosslinkProperties.Neo4j settings(boolean boltEnabled) {
        return new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "256m", Duration.ofSeconds(60),
                boltEnabled);
    }

    @Test
    void aDriverWithoutThePasswordIsRefusedAndWithTheKeptPasswordItWorks() throws Exception {
        try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(dataDir, settings(true))) {
            Path file = dataDir.resolve("security/bolt-password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);

            assertRefused(engine.boltUri(), AuthTokens.none());
            assertRefused(engine.boltUri(), AuthTokens.basic("neo4j", "neo4j"));
            assertThat(write(engine.boltUri(), AuthTokens.basic("neo4j", password))).isEqualTo(1);
        }
    }

    @Test
    void thePasswordIsGeneratedOnceAndKeptAcrossRestarts() throws Exception {
        String first;
        try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(dataDir, settings(true))) {
            first = Files.readString(dataDir.resolve("security/bolt-password")).strip();
        }
        try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(dataDir, settings(true))) {
            assertThat(Files.readString(dataDir.resolve("security/bolt-password")).strip()).isEqualTo(first);
            assertThat(write(engine.boltUri(), AuthTokens.basic("neo4j", first))).isEqualTo(1);
        }
    }

    @Test
    void withBoltClosedTheKeptPasswordNoLongerOpensItButTheServiceStillConnects() throws Exception {
        try (EmbeddedNeo4j engine = EmbeddedNeo4j.start(dataDir, settings(true))) {
            engine.boltUri();
        }
        String kept = Files.readString(dataDir.resolve("security/bolt-password")).strip();
        CrosslinkProperties closed = new CrosslinkProperties(dataDir, settings(false));
        try (StoreConnection service = StoreConnection.open(closed); var session = service.driver().session()) {
            assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            assertRefused(service.embeddedBoltUri().orElseThrow(), AuthTokens.basic("neo4j", kept));
        }
    }

    @Test
    void theServicesOwnConnectionLogsInWithThePassword() {
        try (StoreConnection service = StoreConnection.open(new CrosslinkProperties(dataDir, settings(true)));
             var session = service.driver().session()) {
            assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        }
    }

    private static long write(String uri, AuthToken auth) {
        try (var driver = GraphDatabase.driver(uri, auth); var session = driver.session()) {
            return session.run("CREATE (s:Scratch) RETURN count(s) AS n").single().get("n").asLong();
        }
    }

    private static void assertRefused(String uri, AuthToken auth) {
        assertThatThrownBy(() -> write(uri, auth)).isInstanceOf(SecurityException.class);
    }
}
