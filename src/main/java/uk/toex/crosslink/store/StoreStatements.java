package uk.toex.crosslink.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How {@link CypherRunner} reaches the store: in the engine's own process on the embedded default
 * ({@link EmbeddedStatements}), over Bolt on an external server ({@link BoltStatements}). Rows come
 * back as the driver's {@code Record.asMap()} gives them (lists for arrays, {@code Long} and
 * {@code Double} numbers, {@code java.time} values), whichever way the statement ran.
 */
public interface StoreStatements {

    /** Runs a read in a read-only transaction that the store stops after {@code timeout}. */
    List<Map<String, Object>> read(String cypher, Map<String, Object> params, Duration timeout);

    /** Runs a read-only statement without a timeout, handing each row to {@code rows} as it comes. */
    void stream(String cypher, Map<String, Object> params, Consumer<Map<String, Object>> rows);

    /** Runs a statement in its own write transaction, committed (durable) when this returns. */
    List<Map<String, Object>> write(String cypher, Map<String, Object> params);

    /**
     * Runs the work's statements in one write transaction and commits them together (durable when
     * this returns); a transient failure (a deadlock between concurrent writers) runs the work again.
     */
    <T> T inWriteTransaction(Function<TransactionStatements, T> work);

    /** The statements of one write transaction. */
    @FunctionalInterface
    interface TransactionStatements {
        List<Map<String, Object>> run(String cypher, Map<String, Object> params);
    }
}
