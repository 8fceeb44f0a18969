package uk.toex.crosslink.store;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Statements run inside the engine's own process, for the embedded store: no Bolt, no loopback
 * socket, no serialising of rows. Reads run with read-only access, as a Bolt READ session does
 * (Neo4j's internal transaction API, the one way to ask for it in-process; see docs/BENCHMARKS.md
 * for what it saves). Rows are converted to what the driver would give, so callers cannot tell.
 */
public final class EmbeddedStatements implements StoreStatements {

    private static final int ATTEMPTS = 5;

    private final GraphDatabaseAPI database;
    private final SecurityContext readOnly;

    public EmbeddedStatements(GraphDatabaseService database) {
        this.database = (GraphDatabaseAPI) database;
        this.readOnly = SecurityContext.authDisabled(AccessMode.Static.READ, ClientConnectionInfo.EMBEDDED_CONNECTION,
                database.databaseName());
    }

    @Override
    public List<Map<String, Object>> read(String cypher, Map<String, Object> params, Duration timeout) {
        try (Transaction tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly,
                ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            List<Map<String, Object>> rows = run(tx, cypher, params);
            tx.commit();
            return rows;
        }
    }

    @Override
    public void stream(String cypher, Map<String, Object> params, Consumer<Map<String, Object>> rows) {
        try (Transaction tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, readOnly,
                ClientConnectionInfo.EMBEDDED_CONNECTION, 0, TimeUnit.MILLISECONDS);
             Result result = tx.execute(cypher, params)) {
            result.accept(row -> {
                rows.accept(row(result.columns(), row));
                return true;
            });
            tx.commit();
        }
    }

    @Override
    public List<Map<String, Object>> write(String cypher, Map<String, Object> params) {
        try (Transaction tx = database.beginTx()) {
            List<Map<String, Object>> rows = run(tx, cypher, params);
            tx.commit();
            return rows;
        }
    }

    @Override
    public <T> T inWriteTransaction(Function<TransactionStatements, T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply((cypher, params) -> run(tx, cypher, params));
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

    /** A deadlock may surface as itself or, from inside a query, as a status code (as the driver's retry sees it). */
    private static boolean isTransient(RuntimeException e) {
        return e instanceof TransientFailureException
                || e instanceof QueryExecutionException q && q.getStatusCode() != null
                        && q.getStatusCode().startsWith("Neo.TransientError.");
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", e);
        }
    }

    private static List<Map<String, Object>> run(Transaction tx, String cypher, Map<String, Object> params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Result result = tx.execute(cypher, params)) {
            List<String> columns = result.columns();
            result.accept(row -> {
                rows.add(row(columns, row));
                return true;
            });
        }
        return rows;
    }

    private static Map<String, Object> row(List<String> columns, Result.ResultRow row) {
        Map<String, Object> out = new HashMap<>(columns.size() * 2);
        for (String column : columns) {
            out.put(column, driverShaped(row.get(column)));
        }
        return out;
    }

    /** Property arrays become lists, as the driver returns them; maps and lists are converted deeply. */
    static Object driverShaped(Object value) {
        if (value == null || value instanceof String || value instanceof Long || value instanceof Boolean
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new HashMap<>(map.size() * 2);
            map.forEach((k, v) -> out.put((String) k, driverShaped(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(driverShaped(v)));
            return out;
        }
        if (value.getClass().isArray() && !(value instanceof byte[])) {
            int n = Array.getLength(value);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(driverShaped(Array.get(value, i)));
            }
            return out;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value; // java.time values, as the driver gives them
    }
}
