package uk.toex.crosslink.ingest.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.toex.crosslink.store.StoreConnection;

/**
 * Chooses how the ingest writes: in-process on the embedded engine, over Bolt otherwise.
 * {@code crosslink.ingest.in-process=false} forces Bolt on the embedded engine too (to compare).
 */
@Configuration(proxyBeanMethods = false)
class IngestStoreConfiguration {

    @Bean
    IngestTransactions ingestTransactions(StoreConnection connection,
                                          @Value("${crosslink.ingest.in-process:true}") boolean inProcess) {
        return connection.embeddedDatabase().filter(db -> inProcess)
                .<IngestTransactions>map(InProcessIngestTransactions::new)
                .orElseGet(() -> new BoltIngestTransactions(connection.driver()));
    }
}
