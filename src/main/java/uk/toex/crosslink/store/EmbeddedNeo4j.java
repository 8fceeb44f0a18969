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

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /**
     * Starts the engine. A configured port of 0 opens no fixed port for other tools; the
     * service still needs Bolt for itself, so it takes a free ephemeral loopback port.
     */
    public static EmbeddedNeo4j start(Path dataDir, CrosslinkProperties.Neo4j settings) {
        int port = settings.boltPort() > 0 ? settings.boltPort() : freeLoopbackPort();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
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
        log.info("Embedded Neo4j started in {} with Bolt on 127.0.0.1:{}", dataDir.toAbsolutePath(), port);
        return new EmbeddedNeo4j(dbms, port);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
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
