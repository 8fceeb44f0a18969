package uk.toex.crosslink.ingest.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.store.CypherRunner.NamedStatements;

/**
 * Writes a chunk of link rows (person_addresses, ocg_members, operation_subjects): links whose
 * key is stored with the same hash are unchanged; others replace any earlier version of the
 * link. Every link must land: a link whose ends are missing fails the chunk rather than vanish.
 */

public class LinkChunkWriter {

    private final IngestCypher cypher;

    public LinkChunkWriter(IngestCypher cypher) {
        this.cypher = cypher;
    }

    /** @param kind the file's Cypher prefix, e.g. {@code person-addresses} */
    public ChunkResult write(String kind, List<KeyedRow> rows, Map<String, Object> batch) {
        return cypher.inTransaction(tx -> write(tx, kind, rows, batch));
    }

    private ChunkResult write(NamedStatements tx, String kind, List<KeyedRow> rows, Map<String, Object> batch) {
        Map<String, String> stored = new HashMap<>();
        List<Map<String, Object>> all = rows.stream().map(KeyedRow::params).toList();
        cypher.run(tx, kind + "-existing", batch, Map.of("links", all))
                .forEach(r -> stored.put((String) r.get("linkKey"), (String) r.get("hash")));
        List<Map<String, Object>> toWrite = new ArrayList<>();
        long accepted = 0;
        long updated = 0;
        for (KeyedRow row : rows) {
            if (!stored.containsKey(row.key())) {
                accepted++;
                toWrite.add(row.params());
            } else if (!row.hash().equals(stored.get(row.key()))) {
                updated++;
                toWrite.add(row.params());
            }
        }
        if (!toWrite.isEmpty()) {
            long written = ((Number) cypher.run(tx, kind + "-write", batch, Map.of("links", toWrite)).get(0).get("written")).longValue();
            if (written != toWrite.size()) {
                throw new IllegalStateException(kind + ": " + (toWrite.size() - written)
                        + " links found no record to attach to");
            }
        }
        return new ChunkResult(accepted, updated, rows.size() - accepted - updated, List.of());
    }
}
