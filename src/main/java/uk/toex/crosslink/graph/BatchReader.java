package uk.toex.crosslink.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.BatchScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Pages through ingest batches newest first, keyset-paged on their start time and id (the
 * {@code position} the query computes). The queries project the batch's public fields only:
 * server-side paths ({@code dir}, {@code rejectFile}) never leave the store.
 */
@Component
public class BatchReader {

    /** Batches are not a {@link Listing}: they page on start time and are scoped by batch, not record. */
    static final String PAGE_QUERY = "queries/lists/batches";
    static final String COUNT_QUERY = "queries/lists/batches-count";

    private final CypherRunner cypher;

    public BatchReader(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @SuppressWarnings("unchecked")
    public Connection page(AccessScope scope, BatchScope batches, String force, PageRequest page, boolean counted) {
        String after = Cursor.keyAfter(page.after());
        Map<String, Object> params = new HashMap<>();
        params.put("batches", batches.toParameter());
        params.put("force", force);
        params.put("after", after);
        params.put("limit", page.first() + 1);
        List<Map<String, Object>> rows = page.first() == 0 ? List.of() : cypher.read(PAGE_QUERY, scope, params);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Map<String, Object> row : rows.subList(0, Math.min(rows.size(), page.first()))) {
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("cursor", Cursor.ofKey((String) row.get("position")));
            edge.put("node", row.get("batch"));
            edges.add(edge);
        }
        long total = 0;
        if (counted) {
            params.remove("after");
            params.remove("limit");
            total = ((Number) cypher.readOne(COUNT_QUERY, scope, params).get("total")).longValue();
        }
        return Connection.of(edges, rows.size() > page.first(), after != null, total);
    }
}
