package uk.toex.crosslink.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.toex.crosslink.store.EmbeddedStatements;
import uk.toex.crosslink.store.StoreStatements;

/**
 * The service's Cypher runs inside the harness's process, as it runs inside the embedded engine in
 * production ({@link EmbeddedStatements}); the harness is reached over Bolt only by what speaks Bolt
 * in production too (the ingest writers, Neo4j's own tools). Part of every {@code @CrosslinkTest}.
 * Deliberately not a {@code @Configuration}: the commands' component scan would then pick it up in
 * child JVMs that run the CLI with the test classpath (IngestKilledTest) and point them at a harness.
 */
public class InProcessStore {

    @Bean
    @Primary
    StoreStatements inProcessStatements() {
        return new EmbeddedStatements(TestNeo4j.get().defaultDatabaseService());
    }
}
