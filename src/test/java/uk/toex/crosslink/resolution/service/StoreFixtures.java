package uk.toex.crosslink.resolution.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import uk.toex.crosslink.ingest.files.RecordFiles;
import uk.toex.crosslink.resolution.engine.PersonInput;

/** Writes person records into the test store the way ingest does (docs/MODEL.md). */
public final class StoreFixtures {

    private StoreFixtures() {
    }

    public static void run(Driver driver, String fixture) {
        try (InputStream in = StoreFixtures.class.getResourceAsStream("/fixtures/resolution/" + fixture + ".cypher");
             var session = driver.session()) {
            session.run(new String(in.readAllBytes(), StandardCharsets.UTF_8)).consume();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates records as ingest does, each new record with its own person. */
    public static void ingest(Driver driver, List<PersonInput> records) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PersonInput r : records) {
            Map<String, Object> row = r.toProperties();
            row.put("personId", RecordFiles.personId(r.key()));
            rows.add(row);
        }
        try (var session = driver.session()) {
            session.run("""
                    UNWIND $rows AS row
                    CREATE (r:SourceRecord:PersonRecord)
                    SET r = row, r.handling = 'P', r.version = 1, r.flags = []
                    REMOVE r.personId
                    CREATE (r)-[:RESOLVES_TO {score: 1.0, resolvedAt: datetime()}]->(:Person {id: row.personId})
                    """, Map.of("rows", rows)).consume();
        }
    }

    public static Map<String, String> personOf(Driver driver) {
        try (var session = driver.session()) {
            Map<String, String> out = new HashMap<>();
            session.run("MATCH (r:PersonRecord)-[:RESOLVES_TO]->(p:Person) RETURN r.key AS key, p.id AS id")
                    .forEachRemaining(row -> out.put(row.get("key").asString(), row.get("id").asString()));
            return out;
        }
    }
}
