package uk.toex.crosslink.ingest.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Ingest transactions run inside the embedded engine ({@code tx.execute} of the same Cypher
 * files): a chunk's thousands of parameter maps are not packed, sent over loopback and unpacked
 * again. Transient failures (deadlocks) are retried like the driver's {@code executeWrite} does.
 */
public final class InProcessIngestTransactions implements IngestTransactions {

    private static final int ATTEMPTS = 5;

    private final GraphDatabaseService database;

    public InProcessIngestTransactions(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Function<Statements, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply((cypher, params) -> rows(tx.execute(cypher, params)));
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (!isTransient(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** A deadlock may surface as itself or, from inside a query, as a status code. */
    private static boolean isTransient(RuntimeException e) {
        return e instanceof TransientFailureException
                || e instanceof QueryExecutionException q && q.getStatusCode() != null
                        && q.getStatusCode().startsWith("Neo.TransientError.");
    }

    private static List<Map<String, Object>> rows(Result result) {
        try (result) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.hasNext()) {
                rows.add(plainMap(result.next()));
            }
            return rows;
        }
    }

    /** Stored arrays come back as Java arrays in-process but as lists over Bolt: make them lists. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) map;
            return plainMap(m);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(InProcessIngestTransactions::plain).toList();
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> out = new ArrayList<>(Array.getLength(value));
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(plain(Array.get(value, i)));
            }
            return out;
        }
        return value;
    }

    private static Map<String, Object> plainMap(Map<String, Object> map) {
        Map<String, Object> out = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }
}
