package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path dataDir;

    private CrosslinkProperties properties() {
        return new CrosslinkProperties(dataDir,
                new CrosslinkProperties.Neo4j(null, "neo4j", null, "neo4j", 0, "64m", "256m"));
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
}
