package uk.toex.crosslink.ingest;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Reads the store in tests, through the application's own driver. */
final class StoreQueries {

    private final Driver driver;

    StoreQueries(Driver driver) {
        this.driver = driver;
    }

    List<Record> rows(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    List<Record> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    long count(String cypher) {
        return rows(cypher).get(0).get(0).asLong();
    }

    Map<String, Object> record(String label, String key) {
        var rows = rows("MATCH (r:" + label + " {key: $key}) RETURN properties(r) AS p", Map.of("key", key));
        return rows.isEmpty() ? null : rows.get(0).get("p").asMap();
    }
}
