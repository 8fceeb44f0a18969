package uk.toex.crosslink.store;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One {@link Driver} for the whole service, to the embedded store or an external server. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    StoreConnection storeConnection(CrosslinkProperties properties) {
        return StoreConnection.open(properties);
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
