package uk.toex.crosslink.resolution.service;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.toex.crosslink.security.SpreadsheetCells;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * Writes {@code force,system,record_id,entity_id}, one row per person record. A record not yet
 * resolved is its own entity, named from its key, never lumped with other unresolved records.
 */
@Component
public class EntityExporter {

    private final Driver driver;
    private final CypherLibrary cypher;

    public EntityExporter(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** @return rows written */
    public long export(Writer out) throws IOException {
        long rows = 0;
        try (var session = driver.session();
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                     .setHeader("force", "system", "record_id", "entity_id").setRecordSeparator("\n").get())) {
            var result = session.run(cypher.get("resolution/export-entities"));
            while (result.hasNext()) {
                var row = result.next();
                String person = row.get("personId").isNull()
                        ? PersonIds.fresh(row.get("key").asString(), Set.of()) : row.get("personId").asString();
                csv.printRecord(row.get("force").asString(), row.get("system").asString(),
                        SpreadsheetCells.neutralised(row.get("recordId").asObject().toString()), person);
                rows++;
            }
        }
        return rows;
    }
}
