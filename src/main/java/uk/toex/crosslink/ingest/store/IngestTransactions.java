package uk.toex.crosslink.ingest.store;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Write transactions of the ingest, one per chunk. Over Bolt for an external store; in-process
 * for the embedded engine ({@link InProcessIngestTransactions}), which spares every chunk's
 * parameters a trip through Bolt's serialisation. Either way the Cypher comes from files and
 * rows come back as plain Java values (strings, longs, lists, maps, java.time).
 */
public interface IngestTransactions {

    /** Runs the work in one write transaction and commits it; transient failures are retried. */
    <T> T inTransaction(Function<Statements, T> work);

    /** The statements of one transaction. */
    @FunctionalInterface
    interface Statements {
        List<Map<String, Object>> run(String cypher, Map<String, Object> params);
    }
}
