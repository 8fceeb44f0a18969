package uk.toex.crosslink.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/** Statements over Bolt, for an external server: one session and one managed transaction each. */
public final class BoltStatements implements StoreStatements {

    private final Driver driver;
    private final SessionConfig readSessions;
    private final SessionConfig writeSessions;

    public BoltStatements(Driver driver, String database) {
        this.driver = driver;
        this.readSessions = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.READ).build();
        this.writeSessions = SessionConfig.builder().withDatabase(database).withDefaultAccessMode(AccessMode.WRITE).build();
    }

    @Override
    public List<Map<String, Object>> read(String cypher, Map<String, Object> params, Duration timeout) {
        try (var session = driver.session(readSessions)) {
            return session.executeRead(tx -> tx.run(cypher, params).list(Record::asMap),
                    TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    @Override
    public void stream(String cypher, Map<String, Object> params, Consumer<Map<String, Object>> rows) {
        try (var session = driver.session(readSessions)) {
            session.executeRead(tx -> {
                tx.run(cypher, params).forEachRemaining(r -> rows.accept(r.asMap()));
                return null;
            });
        }
    }

    @Override
    public List<Map<String, Object>> write(String cypher, Map<String, Object> params) {
        try (var session = driver.session(writeSessions)) {
            return session.executeWrite(tx -> tx.run(cypher, params).list(Record::asMap));
        }
    }

    @Override
    public <T> T inWriteTransaction(Function<TransactionStatements, T> work) {
        try (var session = driver.session(writeSessions)) {
            // executeWrite retries transient failures (deadlocks, leader switches) with the driver's back-off
            return session.executeWrite(tx -> work.apply((cypher, params) -> tx.run(cypher, params).list(Record::asMap)));
        }
    }
}
