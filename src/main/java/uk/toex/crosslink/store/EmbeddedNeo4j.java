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
 * data directory, reachable over Bolt on loopback only. Bolt is how the service's own driver
 * talks to it too, so embedded and external stores share one code path.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final BoltPassword password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, BoltPassword password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
    }

    /**
     * Starts the engine with Bolt behind a password: anyone reaching Bolt bypasses the audit log
     * and the visibility rule, so it is never open without one. A configured port of 0 opens no
     * fixed port for other tools; Bolt closed ({@code boltEnabled=false}) also keeps the password
     * to this process. The service still needs Bolt for itself, so it then takes a free ephemeral
     * loopback port.
     */
    public static EmbeddedNeo4j start(Path dataDir, CrosslinkProperties.Neo4j settings) {
        boolean open = settings.boltEnabled();
        int port = open && settings.boltPort() > 0 ? settings.boltPort() : freeLoopbackPort();
        BoltPassword password = open ? BoltPassword.kept(dataDir) : BoltPassword.throwAway();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.parse(settings.txMemoryMax()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
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
        BoltUser.announce(engine.boltUri(), password, open && settings.boltPort() > 0);
        return engine;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    /** How the service's own driver logs in. */
    public AuthToken authToken() {
        return AuthTokens.basic(BoltPassword.USER, password.value());
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
