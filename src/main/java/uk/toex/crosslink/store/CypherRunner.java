package uk.toex.crosslink.store;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs named Cypher files with parameters. Every read carries the caller's {@link ReadScope}
 * as {@code $scope}: there is no read without one, which keeps visibility in one place. Every read
 * runs in a read-only transaction with the store-side timeout {@code crosslink.neo4j.transaction-timeout},
 * so a runaway read is stopped by the store itself (on an external server as on the embedded one),
 * not merely abandoned by the caller; it then fails with {@link ReadTimedOutException}.
 */
@Component
public class CypherRunner {

    private final Neo4jClient client;
    private final CypherLibrary library;
    private final TransactionTemplate reads;
    private final Duration readTimeout;
    private final AtomicLong readCount = new AtomicLong();

    @Autowired
    public CypherRunner(Neo4jClient client, CypherLibrary library, PlatformTransactionManager transactions,
                        CrosslinkProperties properties) {
        this(client, library, transactions, properties.neo4j().transactionTimeout());
    }

    /** With its own read timeout (whole seconds, at least one; the store counts in seconds here). */
    public CypherRunner(Neo4jClient client, CypherLibrary library, PlatformTransactionManager transactions,
                        Duration readTimeout) {
        this.client = client;
        this.library = library;
        this.readTimeout = Duration.ofSeconds(Math.max(1, readTimeout.toSeconds()));
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.reads.setTimeout((int) this.readTimeout.toSeconds());
    }

    public List<Map<String, Object>> read(String name, ReadScope scope, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("scope", scope.toParameter());
        readCount.incrementAndGet();
        String cypher = library.get(name);
        try {
            Collection<Map<String, Object>> rows = reads.execute(tx -> client.query(cypher).bindAll(all).fetch().all());
            return rows == null ? List.of() : List.copyOf(rows);
        } catch (RuntimeException e) {
            if (StoreTimeouts.isTimeout(e)) {
                throw new ReadTimedOutException(readTimeout, e);
            }
            throw e;
        }
    }

    /** Reads run since start: lets tests prove that batch loading keeps round trips constant. */
    public long readCount() {
        return readCount.get();
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Map<String, Object> readOne(String name, ReadScope scope, Map<String, Object> params) {
        List<Map<String, Object>> rows = read(name, scope, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public List<Map<String, Object>> write(String name, Map<String, Object> params) {
        return List.copyOf(client.query(library.get(name)).bindAll(params).fetch().all());
    }
}
