package uk.toex.crosslink.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives: the embedded store under {@code dataDir} unless {@code neo4j.uri}
 * names an external server.
 */
@ConfigurationProperties("crosslink")
public record CrosslinkProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue Neo4j neo4j) {

    /**
     * Connection and embedded-engine settings.
     *
     * @param transactionTimeout longest a transaction may run before the store stops it: the embedded
     *                           engine's limit for every transaction, and on any store the limit of
     *                           each read {@link CypherRunner} runs, so that a runaway query stops
     *                           in the store and not only in the GraphQL layer
     * @param boltEnabled        whether Neo4j's own tools may connect to the embedded engine over Bolt
     *                           (with the password in {@code DATA_DIR/security/bolt-password}); when
     *                           false the service's own connection uses a random port and a password
     *                           no one else knows
     */
    public record Neo4j(
            String uri,
            @DefaultValue("neo4j") String user,
            String password,
            @DefaultValue("neo4j") String database,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("512m") String pageCache,
            @DefaultValue("1g") String txMemoryMax,
            @DefaultValue("60s") Duration transactionTimeout,
            @DefaultValue("true") boolean boltEnabled) {

        @ConstructorBinding
        public Neo4j {
        }

        /** Bolt open to other tools, as before the setting existed. */
        public Neo4j(String uri, String user, String password, String database, int boltPort, String pageCache,
                     String txMemoryMax, Duration transactionTimeout) {
            this(uri, user, password, database, boltPort, pageCache, txMemoryMax, transactionTimeout, true);
        }

        public boolean external() {
            return uri != null && !uri.isBlank();
        }
    }
}
