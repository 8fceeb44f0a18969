package uk.toex.crosslink.ingest.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.store.CypherRunner.NamedStatements;

/**
 * Runs the {@code cypher/ingest/*} files, one transaction per chunk, parameters only. A chunk's
 * classification read and its writes share the transaction, so a chunk is all-or-nothing and a
 * re-run after a failure classifies exactly what was committed. Made by {@code IngestStoreConfiguration}.
 */
public class IngestCypher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IngestCypher.class);

    private final CypherRunner runner;

    public IngestCypher(CypherRunner runner) {
        this.runner = runner;
    }

    public <T> T inTransaction(Function<NamedStatements, T> work) {
        long started = System.nanoTime();
        T result = runner.inWriteTransaction(work);
        log.debug("transaction with commit: {} ms", (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    public List<Map<String, Object>> run(NamedStatements tx, String name, Map<String, Object> batch,
                                         Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("batch", batch);
        long started = System.nanoTime();
        List<Map<String, Object>> result = tx.run("ingest/" + name, all);
        if (log.isDebugEnabled()) {
            log.debug("{}: {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
        return result;
    }

    public void runAlone(String name, Map<String, Object> batch, Map<String, Object> params) {
        inTransaction(tx -> run(tx, name, batch, params));
    }
}
