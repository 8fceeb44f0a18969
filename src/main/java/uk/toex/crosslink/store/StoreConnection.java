package uk.toex.crosslink.store;

import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.NotificationClassification;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The driver and, on the embedded default, the engine behind it. Owning both keeps the
 * shutdown order right: driver first, then the engine.
 */
public final class StoreConnection implements AutoCloseable {

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String database;

    private StoreConnection(Driver driver, EmbeddedNeo4j embedded, String database) {
        this.driver = driver;
        this.embedded = embedded;
        this.database = database;
    }

    public static StoreConnection open(CrosslinkProperties properties) {
        return open(properties, true);
    }

    /**
     * @param ownBolt whether this process needs its own driver to an embedded store; without it
     *                (a command whose Cypher all runs in-process) no driver is made and, unless
     *                Bolt is open to other tools, the engine starts no Bolt connector
     */
    public static StoreConnection open(CrosslinkProperties properties, boolean ownBolt) {
        CrosslinkProperties.Neo4j neo4j = properties.neo4j();
        Config config = Config.builder()
                .withMaxConnectionPoolSize(32)
                .withLogging(Logging.slf4j())
                // A query naming a label no record has yet (old versions of offences on a store where
                // none changed) is correct; the server's "unknown label" notice is noise in the log.
                .withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED))
                .build();
        if (neo4j.external()) {
            AuthToken auth = neo4j.password() == null || neo4j.password().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(neo4j.user(), neo4j.password());
            Driver driver = GraphDatabase.driver(neo4j.uri(), auth, config);
            driver.verifyConnectivity();
            return new StoreConnection(driver, null, neo4j.database());
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(properties.dataDir(), neo4j, ownBolt);
        Driver driver = ownBolt ? GraphDatabase.driver(embedded.boltUri(), embedded.authToken(), config) : null;
        return new StoreConnection(driver, embedded, neo4j.database());
    }

    /**
     * How statements reach this store: in the engine's own process on the embedded store (unless
     * {@code inProcess} is false, to compare), over Bolt otherwise.
     */
    public StoreStatements statements(boolean inProcess) {
        return embeddedDatabase().filter(db -> inProcess).<StoreStatements>map(EmbeddedStatements::new)
                .orElseGet(() -> new BoltStatements(driver, database));
    }

    public Driver driver() {
        if (driver == null) {
            throw new IllegalStateException("No driver in this process: it was started to run its Cypher in-process only");
        }
        return driver;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * The embedded engine's database, for bulk writers that run their Cypher in-process rather
     * than over Bolt; empty for an external store.
     */
    public Optional<GraphDatabaseService> embeddedDatabase() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.dbms().database(database));
    }

    /** The embedded engine (crash tests watch its commits); empty for an external store. */
    public Optional<org.neo4j.dbms.api.DatabaseManagementService> embeddedEngine() {
        return Optional.ofNullable(embedded).map(EmbeddedNeo4j::dbms);
    }

    /** Where the embedded engine listens (for tests and diagnostics); empty for an external store or without Bolt. */
    public Optional<String> embeddedBoltUri() {
        return Optional.ofNullable(embedded).filter(EmbeddedNeo4j::hasBolt).map(EmbeddedNeo4j::boltUri);
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
