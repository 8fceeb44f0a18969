package uk.toex.crosslink.ingest.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * Runs the {@code cypher/ingest/*} files, one transaction per chunk, parameters only. A chunk's
 * classification read and its writes share the transaction, so a chunk is all-or-nothing and a
 * re-run after a failure classifies exactly what was committed.
 */
@Component
public class IngestCypher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IngestCypher.class);

    private final Driver driver;
    private final CypherLibrary library;

    public IngestCypher(Driver driver, CypherLibrary library) {
        this.driver = driver;
        this.library = library;
    }

    public <T> T inTransaction(Function<TransactionContext, T> work) {
        try (var session = driver.session()) {
            long started = System.nanoTime();
            T result = session.executeWrite(work::apply);
            log.debug("transaction with commit: {} ms", (System.nanoTime() - started) / 1_000_000);
            return result;
        }
    }

    public List<Record> run(TransactionContext tx, String name, Map<String, Object> batch, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("batch", batch);
        long started = System.nanoTime();
        List<Record> result = tx.run(library.get("ingest/" + name), all).list();
        if (log.isDebugEnabled()) {
            log.debug("{}: {} ms", name, (System.nanoTime() - started) / 1_000_000);
        }
        return result;
    }

    public void runAlone(String name, Map<String, Object> batch, Map<String, Object> params) {
        inTransaction(tx -> run(tx, name, batch, params));
    }
}
