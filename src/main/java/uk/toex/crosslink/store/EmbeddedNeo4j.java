package uk.toex.crosslink.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default store: a Neo4j 5.26 community engine in this process, persistent under the
 * data directory, reachable over Bolt on loopback only. The service's Cypher runs in-process
 * ({@link EmbeddedStatements}); its driver (saved investigations) and Neo4j's own tools use Bolt.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final int NO_BOLT = -1;

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final BoltPassword password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, BoltPassword password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
    }

    /** Starts the engine with Bolt for this process's own driver (the service, and commands that use the driver). */
    public static EmbeddedNeo4j start(Path dataDir, CrosslinkProperties.Neo4j settings) {
        return start(dataDir, settings, true);
    }

    /**
     * Starts the engine with Bolt behind a password: anyone reaching Bolt bypasses the audit log
     * and the visibility rule, so it is never open without one. A configured port of 0 opens no
     * fixed port for other tools; Bolt closed ({@code boltEnabled=false}) also keeps the password
     * to this process. A process that uses its own driver ({@code ownBolt}) still needs Bolt, so it
     * then takes a free ephemeral loopback port; one that runs all its Cypher in-process (most
     * commands) starts no Bolt connector at all, which spares the connector and the driver.
     */
    public static EmbeddedNeo4j start(Path dataDir, CrosslinkProperties.Neo4j settings, boolean ownBolt) {
        boolean open = settings.boltEnabled();
        boolean forTools = open && settings.boltPort() > 0;
        if (!forTools && !ownBolt) {
            EmbeddedNeo4j engine = new EmbeddedNeo4j(builder(dataDir, settings).setConfig(BoltConnector.enabled, false).build(),
                    NO_BOLT, null);
            log.info("Embedded Neo4j started in {}, without Bolt (this command runs its Cypher in-process)",
                    dataDir.toAbsolutePath());
            return engine;
        }
        int port = forTools ? settings.boltPort() : freeLoopbackPort();
        BoltPassword password = open ? BoltPassword.kept(dataDir) : BoltPassword.throwAway();
        DatabaseManagementService dbms = builder(dataDir, settings)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                // Bolt shutdown otherwise waits ~10 s for idle connections; SIGTERM must be quick.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                .build();
        EmbeddedNeo4j engine = new EmbeddedNeo4j(dbms, port, password);
        try {
            BoltUser.setPassword(dbms, password.value());
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        log.info("Embedded Neo4j started in {}", dataDir.toAbsolutePath());
        BoltUser.announce(engine.boltUri(), password, forTools);
        return engine;
    }

    private static DatabaseManagementServiceBuilder builder(Path dataDir, CrosslinkProperties.Neo4j settings) {
        return new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(settings.txMemoryMax()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout());
    }

    /** Whether a Bolt connector was started (for the service's own driver or for other tools). */
    public boolean hasBolt() {
        return boltPort != NO_BOLT;
    }

    public String boltUri() {
        requireBolt();
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** How the service's own driver logs in. */
    public AuthToken authToken() {
        requireBolt();
        return AuthTokens.basic(BoltPassword.USER, password.value());
    }

    private void requireBolt() {
        if (!hasBolt()) {
            throw new IllegalStateException("The embedded engine was started without Bolt: this process runs its Cypher in-process");
        }
    }

    public DatabaseManagementService dbms() {
        return dbms;
    }

    @Override
    public void close() {
        dbms.shutdown();
        log.info("Embedded Neo4j stopped");
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port for the embedded Bolt connector", e);
        }
    }
}
