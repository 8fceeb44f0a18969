package uk.toex.crosslink.store;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way to run Cypher: named files with parameters, through {@link StoreStatements} (in-process
 * on the embedded store, Bolt on an external one). A read the caller will see carries the caller's
 * {@link ReadScope} as {@code $scope} ({@link #read}); a read for the system itself (resolution,
 * exports, the audit log's own upkeep) says so by its name ({@link #systemRead}, {@link #systemStream})
 * and gets no {@code $scope} at all, so a visible query run that way fails rather than seeing everything.
 * Every read runs in a read-only transaction; a scoped read also with the store-side timeout
 * {@code crosslink.neo4j.transaction-timeout}, so a runaway read is stopped by the store itself, not
 * merely abandoned by the caller; it then fails with {@link ReadTimedOutException}. Writes name
 * their files too: one statement alone ({@link #write}) or several in one transaction
 * ({@link #inWriteTransaction}, the ingest's chunks).
 */
@Component
public class CypherRunner {

    private final StoreStatements store;
    private final CypherLibrary library;
    private final Duration readTimeout;
    private final AtomicLong readCount = new AtomicLong();

    @Autowired
    public CypherRunner(StoreStatements store, CypherLibrary library, CrosslinkProperties properties) {
        this(store, library, properties.neo4j().transactionTimeout());
    }

    /** With its own read timeout (whole seconds, at least one; the store counts in seconds here). */
    public CypherRunner(StoreStatements store, CypherLibrary library, Duration readTimeout) {
        this.store = store;
        this.library = library;
        this.readTimeout = Duration.ofSeconds(Math.max(1, readTimeout.toSeconds()));
    }

    /** A read whose rows reach the caller: visibility applies through {@code $scope}. */
    public List<Map<String, Object>> read(String name, ReadScope scope, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("scope", scope.toParameter());
        return timed(name, all);
    }

    /** A read of several named files composed into one statement ({@link Composition}), visibility as {@link #read}. */
    public List<Map<String, Object>> read(Composition composition, ReadScope scope, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("scope", scope.toParameter());
        readCount.incrementAndGet();
        return timedText(library.compose(composition), all);
    }

    public Map<String, Object> readOne(String name, ReadScope scope, Map<String, Object> params) {
        List<Map<String, Object>> rows = read(name, scope, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A read for the system itself (no caller, no {@code $scope}), with the same store-side timeout. */
    public List<Map<String, Object>> systemRead(String name, Map<String, Object> params) {
        return timed(name, params);
    }

    /** A long read for the system itself (every record, every link), row by row and without a timeout. */
    public void systemStream(String name, Map<String, Object> params, Consumer<Map<String, Object>> rows) {
        readCount.incrementAndGet();
        store.stream(library.get(name), params, rows);
    }

    /** A write for the system itself, in its own transaction, committed (durable) when this returns. */
    public List<Map<String, Object>> write(String name, Map<String, Object> params) {
        return store.write(library.get(name), params);
    }

    /**
     * Several named writes (and the reads that decide them) in one transaction, committed together:
     * all or nothing, and run again from the start after a transient failure such as a deadlock.
     */
    public <T> T inWriteTransaction(Function<NamedStatements, T> work) {
        return store.inWriteTransaction(tx -> work.apply((name, params) -> tx.run(library.get(name), params)));
    }

    /** The statements of one write transaction, each a Cypher file by name. */
    @FunctionalInterface
    public interface NamedStatements {
        List<Map<String, Object>> run(String name, Map<String, Object> params);
    }

    /** Reads run since start: lets tests prove that batch loading keeps round trips constant. */
    public long readCount() {
        return readCount.get();
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    private List<Map<String, Object>> timed(String name, Map<String, Object> params) {
        readCount.incrementAndGet();
        return timedText(library.get(name), params);
    }

    private List<Map<String, Object>> timedText(String cypher, Map<String, Object> params) {
        try {
            return store.read(cypher, params, readTimeout);
        } catch (RuntimeException e) {
            if (StoreTimeouts.isTimeout(e)) {
                throw new ReadTimedOutException(readTimeout, e);
            }
            throw e;
        }
    }
}
