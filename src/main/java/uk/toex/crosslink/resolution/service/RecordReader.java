package uk.toex.crosslink.resolution.service;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * Streams person records out of the store for resolution (system access: resolution sees every
 * record; callers' visibility applies when results are read, not here).
 */
@Component
public class RecordReader {

    private final Driver driver;
    private final CypherLibrary cypher;

    public RecordReader(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public void all(Consumer<StoredRecord> sink) {
        try (var session = driver.session()) {
            var result = session.run(cypher.get("resolution/load-records"));
            while (result.hasNext()) {
                sink.accept(toRecord(result.next()));
            }
        }
    }

    public List<StoredRecord> byKeys(List<String> keys) {
        try (var session = driver.session()) {
            return session.run(cypher.get("resolution/load-records-by-key"), Map.of("keys", keys))
                    .list(RecordReader::toRecord);
        }
    }

    /** Record key to the id of the person it resolves to now; records without a person are absent. */
    public Map<String, String> personIds(List<String> keys) {
        Map<String, String> out = new java.util.HashMap<>();
        try (var session = driver.session()) {
            for (int from = 0; from < keys.size(); from += 10_000) {
                List<String> batch = keys.subList(from, Math.min(keys.size(), from + 10_000));
                session.run(cypher.get("resolution/person-ids"), Map.of("keys", batch)).forEachRemaining(row -> {
                    if (!row.get("personId").isNull()) {
                        out.put(row.get("key").asString(), row.get("personId").asString());
                    }
                });
            }
        }
        return out;
    }

    /** Keys of records ingest marked for placement that no placement has completed (in key order). */
    public List<String> unplaced() {
        try (var session = driver.session()) {
            return session.run(cypher.get("resolution/unplaced-keys")).list(row -> row.get("key").asString());
        }
    }

    public int count() {
        try (var session = driver.session()) {
            return session.run(cypher.get("resolution/count-records")).single().get("records").asInt();
        }
    }

    static StoredRecord toRecord(Record row) {
        Value personId = row.get("personId");
        return new StoredRecord(PersonInput.fromProperties(row.get("key").asString(), row.asMap()),
                personId.isNull() ? null : personId.asString());
    }
}
