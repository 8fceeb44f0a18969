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

    private final Driver driver;
    private final CypherLibrary library;

    public IngestCypher(Driver driver, CypherLibrary library) {
        this.driver = driver;
        this.library = library;
    }

    public <T> T inTransaction(Function<TransactionContext, T> work) {
        try (var session = driver.session()) {
            return session.executeWrite(work::apply);
        }
    }

    public List<Record> run(TransactionContext tx, String name, Map<String, Object> batch, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("batch", batch);
        return tx.run(library.get("ingest/" + name), all).list();
    }

    public void runAlone(String name, Map<String, Object> batch, Map<String, Object> params) {
        inTransaction(tx -> run(tx, name, batch, params));
    }
}
