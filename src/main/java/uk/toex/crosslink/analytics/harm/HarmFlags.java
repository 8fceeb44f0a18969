package uk.toex.crosslink.analytics.harm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.analytics.StoreChanges;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.HarmFlag;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.PageRequest;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Hidden-harm flags: computed once for the whole store after each ingest (on the next request),
 * stored as {@code HarmFlag} nodes, and served filtered so that a caller sees a flag only when it
 * may see the person and every record, advert and OCG behind it (cypher/analytics/harm-flags).
 * Reviews are kept with who, when and why; nothing is ever acted on automatically.
 */
@Service
public class HarmFlags {

    private final CypherRunner cypher;
    private final HarmFlagRun runner;
    private final StoreChanges changes;
    private long computed = -1;

    HarmFlags(CypherRunner cypher, HarmFlagRun runner, StoreChanges changes) {
        this.cypher = cypher;
        this.runner = runner;
        this.changes = changes;
    }

    /** Recomputes when an ingest has changed person records since the last run. */
    public synchronized void refreshIfChanged() {
        long generation = changes.generation();
        if (generation != computed) {
            runner.run();
            computed = generation;
        }
    }

    @SuppressWarnings("unchecked")
    public Connection page(AccessScope scope, String force, String status, PageRequest page) {
        refreshIfChanged();
        int skip = Cursor.offsetAfter(page.after());
        Map<String, Object> row = cypher.readOne("analytics/harm-flags", scope, params(force, status, "", skip, page.first()));
        long total = row == null ? 0 : ((Number) row.get("total")).longValue();
        List<Map<String, Object>> edges = new ArrayList<>();
        List<Map<String, Object>> items = row == null ? List.of() : (List<Map<String, Object>>) row.get("items");
        for (int i = 0; i < items.size(); i++) {
            edges.add(Map.of("cursor", Cursor.ofOffset(skip + i), "node", flag(items.get(i))));
        }
        return Connection.of(edges, skip + items.size() < total, skip > 0, total);
    }

    /** The flag if the caller may see it, else null. */
    @SuppressWarnings("unchecked")
    public HarmFlag find(AccessScope scope, String id) {
        Map<String, Object> row = cypher.readOne("analytics/harm-flags", scope, params("", "", id, 0, 1));
        List<Map<String, Object>> items = row == null ? List.of() : (List<Map<String, Object>>) row.get("items");
        return items.isEmpty() ? null : flag(items.get(0));
    }

    /**
     * Records a review by the caller; refused (as not found) for a flag the caller may not see, and
     * (403) unless the caller writes for a force holding the flagged person: a review changes the
     * flag's status for every caller, so it is a write ({@link AccessScope#writesFor}: never a partner).
     */
    public HarmFlag review(AccessScope scope, String id, String status, String reason) {
        refreshIfChanged();
        HarmFlag flag = find(scope, id);
        if (flag == null) {
            throw new InvalidInputException("no harm flag " + id + " visible to the caller");
        }
        boolean holds = cypher.read("resolution/person-record-keys", scope, Map.of("id", flag.personId())).stream()
                .map(r -> (String) r.get("key")).anyMatch(key -> scope.writesFor(key.substring(0, Math.max(0, key.indexOf('/')))));
        if (!holds) {
            throw new AccessDeniedException("reviewHarmFlag changes a flag on a person held by no force this caller may change");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", status);
        params.put("by", scope.subject());
        params.put("reason", reason);
        cypher.write("analytics/harm-flag-review", params);
        return find(scope, id);
    }

    private static Map<String, Object> params(String force, String status, String id, int skip, int limit) {
        return Map.of("force", force == null ? "" : force.strip().toUpperCase(Locale.ROOT),
                "status", status == null ? "" : status, "id", id, "skip", skip, "limit", limit);
    }

    private static HarmFlag flag(Map<String, Object> props) {
        return new HarmFlag((String) props.get("id"), props);
    }
}
