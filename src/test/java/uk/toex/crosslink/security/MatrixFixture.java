package uk.toex.crosslink.security;

import java.util.HashMap;
import java.util.Map;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * Writes {@link MatrixWorld} into a cleared store as docs/MODEL.md says an ingest leaves it
 * ({@code cypher/test/matrix-world.cypher}); to be replaced by CSV batches through the ingest
 * service once it is merged.
 */
final class MatrixFixture {

    private MatrixFixture() {
    }

    static void load(CypherRunner cypher) {
        TestNeo4j.clear();
        cypher.write("test/matrix-world", Map.of(
                "records", MatrixWorld.RECORDS.stream().map(MatrixFixture::row).toList(),
                "containers", MatrixWorld.CONTAINERS.stream().map(MatrixFixture::row).toList(),
                "phone", Map.of("e164", MatrixWorld.PHONE, "asRecorded", MatrixWorld.PHONE_AS_RECORDED),
                "address", Map.of("key", MatrixWorld.ADDRESS_KEY, "line1", MatrixWorld.ADDRESS_LINE, "town", "Norwich",
                        "postcode", MatrixWorld.POSTCODE)));
    }

    private static Map<String, Object> row(Rec r) {
        Map<String, Object> row = new HashMap<>();
        row.put("key", r.key());
        row.put("force", r.force());
        row.put("system", r.system());
        row.put("recordId", r.recordId());
        row.put("handling", r.handling());
        row.put("personId", r.personId());
        row.put("batchId", r.batchId());
        row.put("givenNames", r.givenNames());
        row.put("familyName", r.familyName());
        row.put("aliases", r.aliases());
        row.put("dob", r.dob());
        row.put("emails", r.emails());
        row.put("idDocuments", r.idDocuments());
        row.put("documentKeys", r.documentKeys());
        row.put("flags", r.flags());
        row.put("nickname", r.nickname());
        return row;
    }

    private static Map<String, Object> row(Container c) {
        return Map.of("kind", c.kind(), "key", c.key(), "force", c.force(), "system", c.system(),
                "recordId", c.handling(), "handling", c.handling(), "batchId", "B-" + c.force() + "-" + c.handling(),
                "name", c.name());
    }
}
