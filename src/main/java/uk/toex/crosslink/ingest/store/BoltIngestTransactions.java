package uk.toex.crosslink.ingest.store;

import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Ingest transactions through the driver: any external Neo4j, and the test harness. */
final class BoltIngestTransactions implements IngestTransactions {

    private final Driver driver;

    BoltIngestTransactions(Driver driver) {
        this.driver = driver;
    }

    @Override
    public <T> T inTransaction(Function<Statements, T> work) {
        try (var session = driver.session()) {
            // executeWrite retries transient failures (deadlocks, leader switches) with the driver's back-off
            return session.executeWrite(tx -> work.apply((cypher, params) -> tx.run(cypher, params).list(Record::asMap)));
        }
    }
}
