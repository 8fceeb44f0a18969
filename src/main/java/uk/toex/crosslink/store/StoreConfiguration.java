package uk.toex.crosslink.store;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link Driver} for the whole service, to the embedded store or an external server. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    public static final String IN_PROCESS_ONLY = "crosslink.command.in-process-only";

    /**
     * A command whose Cypher all runs in-process sets {@value #IN_PROCESS_ONLY} (cli.CommandContext):
     * no driver, and no Bolt connector unless Bolt is open to other tools. A command's store is
     * already opening on a thread of its own ({@link StoreOpening}).
     */
    @Bean(destroyMethod = "close")
    StoreConnection storeConnection(CrosslinkProperties properties,
                                    @Value("${" + IN_PROCESS_ONLY + ":false}") boolean inProcessOnly,
                                    ObjectProvider<StoreOpening> opening) {
        StoreOpening started = opening.getIfAvailable();
        return started != null ? started.take() : StoreConnection.open(properties, !inProcessOnly);
    }

    /** In-process on the embedded store, over Bolt on an external one: see {@link CypherRunner}. */
    @Bean
    StoreStatements storeStatements(StoreConnection connection) {
        return connection.statements(true);
    }

    /** Closed by {@link StoreConnection}, which must close it before the engine stops. */
    @Bean(destroyMethod = "")
    Driver neo4jDriver(StoreConnection connection) {
        return connection.driver();
    }
}
