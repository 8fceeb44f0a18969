package uk.toex.crosslink.ingest.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.toex.crosslink.store.CrosslinkProperties;
import uk.toex.crosslink.store.CypherLibrary;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.store.StoreConnection;

/**
 * Chooses how the ingest writes: in the engine's process on the embedded store (a chunk's
 * thousands of parameter maps are not packed, sent over loopback and unpacked again), over Bolt
 * otherwise. {@code crosslink.ingest.in-process=false} forces Bolt on the embedded engine too (to
 * compare). Either way through a {@link CypherRunner}, with the same Cypher files.
 */
@Configuration(proxyBeanMethods = false)
class IngestStoreConfiguration {

    @Bean
    IngestCypher ingestCypher(StoreConnection connection, CypherLibrary library, CrosslinkProperties properties,
                              @Value("${crosslink.ingest.in-process:true}") boolean inProcess) {
        return new IngestCypher(new CypherRunner(connection.statements(inProcess), library, properties));
    }
}
