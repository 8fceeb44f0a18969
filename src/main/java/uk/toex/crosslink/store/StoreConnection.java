package uk.toex.crosslink.store;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The driver and, on the embedded default, the engine behind it. Owning both keeps the
 * shutdown order right: driver first, then the engine.
 */
public final class StoreConnection implements AutoCloseable {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;

    private StoreConnection(Driver driver, EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.embedded = embedded;
    }

    public static StoreConnection open(CrosslinkProperties properties) {
        CrosslinkProperties.Neo4j neo4j = properties.neo4j();
        Config config = Config.builder()
                .withMaxConnectionPoolSize(32)
                .withLogging(Logging.slf4j())
                .build();
        if (neo4j.external()) {
            AuthToken auth = neo4j.password() == null || neo4j.password().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(neo4j.user(), neo4j.password());
            Driver driver = GraphDatabase.driver(neo4j.uri(), auth, config);
            driver.verifyConnectivity();
            return new StoreConnection(driver, null);
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties.dataDir(), neo4j);
        return new StoreConnection(GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), config), embedded);
    }

    public Driver driver() {
        return driver;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
