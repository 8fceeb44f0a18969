package uk.toex.crosslink.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;

/**
 * Runs named Cypher files with parameters. Every read carries the caller's {@link AccessScope}
 * as {@code $scope}: there is no read without one, which keeps visibility in one place.
 */
@Component
public class CypherRunner {

    private final Neo4jClient client;
    private final CypherLibrary library;
    private final AtomicLong reads = new AtomicLong();

    public CypherRunner(Neo4jClient client, CypherLibrary library) {
        this.client = client;
        this.library = library;
    }

    public List<Map<String, Object>> read(String name, AccessScope scope, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("scope", scope.toParameter());
        reads.incrementAndGet();
        Collection<Map<String, Object>> rows = client.query(library.get(name)).bindAll(all).fetch().all();
        return List.copyOf(rows);
    }

    /** Reads run since start: lets tests prove that batch loading keeps round trips constant. */
    public long readCount() {
        return reads.get();
    }

    public Map<String, Object> readOne(String name, AccessScope scope, Map<String, Object> params) {
        List<Map<String, Object>> rows = read(name, scope, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public List<Map<String, Object>> write(String name, Map<String, Object> params) {
        return List.copyOf(client.query(library.get(name)).bindAll(params).fetch().all());
    }
}
