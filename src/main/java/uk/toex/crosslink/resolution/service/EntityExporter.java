package uk.toex.crosslink.resolution.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.SpreadsheetCells;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Writes {@code force,system,record_id,entity_id}, one row per person record. A record not yet
 * resolved is its own entity, named from its key, never lumped with other unresolved records.
 */
@Component
public class EntityExporter {

    private final CypherRunner cypher;

    public EntityExporter(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** @return rows written */
    public long export(Writer out) throws IOException {
        long[] rows = {0};
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                     .setHeader("force", "system", "record_id", "entity_id").setRecordSeparator("\n").get())) {
            cypher.systemStream("resolution/export-entities", Map.of(), row -> {
                String person = row.get("personId") == null
                        ? PersonIds.fresh((String) row.get("key"), Set.of()) : (String) row.get("personId");
                try {
                    csv.printRecord(row.get("force"), row.get("system"), SpreadsheetCells.neutralised(row.get("recordId").toString()), person);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }
}
