package uk.toex.crosslink.ingest.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes a chunk of source records of one kind: one read fetches the stored hashes, then new
 * records are created and changed ones versioned and rebuilt, each in one UNWIND statement.
 * Unchanged records are not touched at all.
 */
@Component
public class RecordChunkWriter {

    private final IngestCypher cypher;

    public RecordChunkWriter(IngestCypher cypher) {
        this.cypher = cypher;
    }

    /** @param kind the file's Cypher prefix, e.g. {@code persons} */
    public ChunkResult write(String kind, List<KeyedRow> rows, Map<String, Object> batch) {
        return cypher.inTransaction(tx -> write(tx, kind, rows, batch));
    }

    private ChunkResult write(TransactionContext tx, String kind, List<KeyedRow> rows, Map<String, Object> batch) {
        Map<String, String> stored = new HashMap<>();
        List<String> keys = rows.stream().map(KeyedRow::key).toList();
        cypher.run(tx, kind + "-existing", batch, Map.of("keys", keys))
                .forEach(r -> stored.put(r.get("key").asString(), r.get("hash").asString(null)));
        List<Map<String, Object>> created = new ArrayList<>();
        List<KeyedRow> changed = new ArrayList<>();
        List<String> changedKeys = new ArrayList<>();
        for (KeyedRow row : rows) {
            String hash = stored.get(row.key());
            if (!stored.containsKey(row.key())) {
                created.add(row.params());
                changedKeys.add(row.key());
            } else if (!row.hash().equals(hash)) {
                changed.add(row);
                changedKeys.add(row.key());
            }
        }
        if (!created.isEmpty()) {
            cypher.run(tx, kind + "-create", batch, Map.of("rows", created));
        }
        if (!changed.isEmpty()) {
            cypher.run(tx, kind + "-update", batch, Map.of("rows", withPrevious(tx, kind, changed, batch)));
        }
        return new ChunkResult(created.size(), changed.size(), rows.size() - created.size() - changed.size(),
                changedKeys);
    }

    private List<Map<String, Object>> withPrevious(TransactionContext tx, String kind, List<KeyedRow> changed,
                                                   Map<String, Object> batch) {
        Map<String, String> previous = new HashMap<>();
        cypher.run(tx, kind + "-current", batch, Map.of("keys", changed.stream().map(KeyedRow::key).toList()))
                .forEach(r -> previous.put(r.get("key").asString(), VersionContent.json(r.get("props").asMap())));
        List<Map<String, Object>> out = new ArrayList<>(changed.size());
        for (KeyedRow row : changed) {
            Map<String, Object> params = new HashMap<>(row.params());
            params.put("previous", previous.get(row.key()));
            out.add(params);
        }
        return out;
    }
}
