package uk.toex.crosslink.ingest.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.files.RecordFile;
import uk.toex.crosslink.store.CypherRunner.NamedStatements;

/**
 * Writes a chunk of source records of one kind: one read fetches the stored hashes, then new
 * records are created together with everything derived from them ({@code <kind>-create}: the
 * record, its own Person, its phones, addresses... in one pass, no second look-up of the record),
 * changed ones versioned ({@code <kind>-update}, which also drops links derived from the old
 * content) and their links derived afresh ({@code <kind>-link} when the file declares
 * {@link RecordFile#relinks()}). Each step is
 * one UNWIND statement; unchanged records are not touched at all.
 */

public class RecordChunkWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RecordChunkWriter.class);

    private static final String PERSON_RECORD = "PersonRecord";

    private final IngestCypher cypher;

    public RecordChunkWriter(IngestCypher cypher) {
        this.cypher = cypher;
    }

    public ChunkResult write(RecordFile file, List<KeyedRow> rows, Map<String, Object> batch) {
        return cypher.inTransaction(tx -> write(tx, file, rows, batch));
    }

    private ChunkResult write(NamedStatements tx, RecordFile file, List<KeyedRow> rows, Map<String, Object> batch) {
        String kind = file.cypher();
        long started = System.nanoTime();
        Map<String, String> stored = new HashMap<>();
        List<String> keys = rows.stream().map(KeyedRow::key).toList();
        cypher.run(tx, kind + "-existing", batch, Map.of("keys", keys))
                .forEach(r -> stored.put((String) r.get("key"), (String) r.get("hash")));
        List<Map<String, Object>> created = new ArrayList<>();
        List<KeyedRow> changed = new ArrayList<>();
        List<String> changedKeys = new ArrayList<>();
        for (KeyedRow row : rows) {
            if (!stored.containsKey(row.key())) {
                Map<String, Object> fresh = asNew(row.params(), batch);
                created.add(fresh);
                changedKeys.add(row.key());
            } else if (!row.hash().equals(stored.get(row.key()))) {
                changed.add(row);
                changedKeys.add(row.key());
            }
        }
        long classified = System.nanoTime();
        if (!created.isEmpty()) {
            cypher.run(tx, kind + "-create", batch, Map.of("rows", created));
        }
        if (!changed.isEmpty()) {
            cypher.run(tx, kind + "-update", batch, Map.of("rows", withPrevious(tx, kind, changed, batch)));
            if (file.relinks()) {
                cypher.run(tx, kind + "-link", batch, Map.of("rows", changed.stream().map(KeyedRow::params).toList()));
            }
        }
        if (PERSON_RECORD.equals(file.label()) && !changedKeys.isEmpty()) {
            // a new record brings its own person, a new version may change its handling: the
            // persons' visibility facts change with the records, in the same transaction
            tx.run("facts/refresh-of-records", Map.of("keys", changedKeys));
        }
        if (log.isDebugEnabled()) {
            log.debug("{} chunk of {}: classify {} ms, write {} ms", kind, rows.size(),
                    (classified - started) / 1_000_000, (System.nanoTime() - classified) / 1_000_000);
        }
        return new ChunkResult(created.size(), changed.size(), rows.size() - created.size() - changed.size(),
                changedKeys);
    }

    /** A new record's properties: its content plus version 1 and the batch's metadata. */
    public static Map<String, Object> asNew(Map<String, Object> params, Map<String, Object> batch) {
        @SuppressWarnings("unchecked")
        Map<String, Object> props = new HashMap<>((Map<String, Object>) params.get("props"));
        props.put("version", 1L);
        props.put("batchId", batch.get("id"));
        props.put("extracted", batch.get("extracted"));
        props.put("ingestedAt", batch.get("now"));
        props.put("firstIngestedAt", batch.get("now"));
        Map<String, Object> out = new HashMap<>(params);
        out.put("props", props);
        return out;
    }


    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    private List<Map<String, Object>> withPrevious(NamedStatements tx, String kind, List<KeyedRow> changed,
                                                   Map<String, Object> batch) {
        Map<String, String> previous = new HashMap<>();
        cypher.run(tx, kind + "-current", batch, Map.of("keys", changed.stream().map(KeyedRow::key).toList()))
                .forEach(r -> previous.put((String) r.get("key"), VersionContent.json(props(r))));
        List<Map<String, Object>> out = new ArrayList<>(changed.size());
        for (KeyedRow row : changed) {
            Map<String, Object> params = new HashMap<>(row.params());
            params.put("previous", previous.get(row.key()));
            out.add(params);
        }
        return out;
    }
}
