package uk.toex.crosslink.resolution.service;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.ExtraComparison;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Streams person records out of the store for resolution (system access: resolution sees every
 * record; callers' visibility applies when results are read, not here).
 */
@Component
public class RecordReader {

    private final CypherRunner cypher;
    /** The extra columns compared (lower case): only these are read besides the contract's. */
    private final List<String> extras;

    public RecordReader(CypherRunner cypher, ResolutionProperties properties) {
        this.cypher = cypher;
        this.extras = properties.extras().stream().map(ExtraComparison::column).toList();
    }

    public void all(Consumer<StoredRecord> sink) {
        cypher.systemStream("resolution/load-records", Map.of("extras", extras), row -> sink.accept(toRecord(row)));
    }

    public List<StoredRecord> byKeys(List<String> keys) {
        return cypher.systemRead("resolution/load-records-by-key", Map.of("keys", keys, "extras", extras)).stream()
                .map(RecordReader::toRecord).toList();
    }

    /** Record key to the id of the person it resolves to now; records without a person are absent. */
    public Map<String, String> personIds(List<String> keys) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int from = 0; from < keys.size(); from += 10_000) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + 10_000));
            cypher.systemStream("resolution/person-ids", Map.of("keys", batch), row -> {
                if (row.get("personId") != null) {
                    out.put((String) row.get("key"), (String) row.get("personId"));
                }
            });
        }
        return out;
    }

    /** Keys of records ingest marked for placement that no placement has completed (in key order). */
    public List<String> unplaced() {
        return cypher.systemRead("resolution/unplaced-keys", Map.of()).stream().map(row -> (String) row.get("key")).toList();
    }

    public int count() {
        return ((Number) cypher.systemRead("resolution/count-records", Map.of()).get(0).get("records")).intValue();
    }

    static StoredRecord toRecord(Map<String, Object> row) {
        return new StoredRecord(PersonInput.fromProperties((String) row.get("key"), row), (String) row.get("personId"));
    }
}
