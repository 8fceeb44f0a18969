package uk.toex.crosslink.ingest.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.ingest.store.IngestTransactions.Statements;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * Runs the {@code cypher/ingest/*} files, one transaction per chunk, parameters only. A chunk's
 * classification read and its writes share the transaction, so a chunk is all-or-nothing and a
 * re-run after a failure classifies exactly what was committed.
 */
@Component
public class IngestCypher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IngestCypher.class);

    private final IngestTransactions transactions;
    private final CypherLibrary library;

    public IngestCypher(IngestTransactions transactions, CypherLibrary library) {
        this.transactions = transactions;
        this.library = library;
    }

    public <T> T inTransaction(Function<Statements, T> work) {
        long started = System.nanoTime();
        T result = transactions.inTransaction(work);
        log.debug("transaction with commit: {} ms", (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    public List<Map<String, Object>> run(Statements tx, String name, Map<String, Object> batch,
                                         Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("batch", batch);
        long started = System.nanoTime();
        List<Map<String, Object>> result = tx.run(library.get("ingest/" + name), all);
        if (log.isDebugEnabled()) {
            log.debug("{}: {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
        return result;
    }

    public void runAlone(String name, Map<String, Object> batch, Map<String, Object> params) {
        inTransaction(tx -> run(tx, name, batch, params));
    }
}
