package uk.toex.crosslink.ingest.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes call aggregates. A pair whose exact event set is already stored for the source is
 * {@code unchanged}; otherwise its {@code CALLED} relationship is merged and its values SET
 * (never incremented), so running a file again, or again after a kill, changes nothing.
 */

public class CallPairWriter {

    private final IngestCypher cypher;

    public CallPairWriter(IngestCypher cypher) {
        this.cypher = cypher;
    }

    /** @return rows (events) accepted and unchanged, counted through the pairs' counts */
    public ChunkResult write(String source, List<Map<String, Object>> pairs, Map<String, Object> batch) {
        return cypher.inTransaction(tx -> {
            Set<String> stored = new HashSet<>();
            cypher.run(tx, "calls-existing", batch, Map.of("pairs", pairs, "source", source))
                    .forEach(r -> stored.add((String) r.get("from") + '\u0000' + (String) r.get("to")));
            List<Map<String, Object>> fresh = pairs.stream()
                    .filter(p -> !stored.contains(p.get("from") + "\u0000" + p.get("to"))).toList();
            if (!fresh.isEmpty()) {
                cypher.run(tx, "calls-write", batch, Map.of("pairs", fresh, "source", source));
            }
            long accepted = fresh.stream().mapToLong(p -> (Long) p.get("count")).sum();
            long all = pairs.stream().mapToLong(p -> (Long) p.get("count")).sum();
            return new ChunkResult(accepted, 0, all - accepted, List.of());
        });
    }
}
