package uk.toex.crosslink.ingest.files;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch file of source records ({@code persons.csv}, ...): its columns, the graph label its
 * rows become, the Cypher files that write them ({@link #steps()}) and how resolved-layer keys
 * (phones, addresses, ...) are derived from a row.
 *
 * @param relinks whether a changed record's links to shared nodes are derived afresh by
 *                {@code ingest/<cypher>-link} (declared, not guessed from which files exist)
 */
public record RecordFile(String name, String label, String cypher, boolean relinks, List<Column> columns,
                         Derivation derivation) {

    public static final Column RECORD_ID = Column.of("record_id", ColumnType.ID).mandatory();
    public static final Column HANDLING = Column.oneOf("handling", "P", "C");

    /** Adds the row's resolved-layer parameters to {@code params}; may reject the row. */
    @FunctionalInterface
    public interface Derivation {
        void derive(String key, Map<String, Object> content, Map<String, Object> params) throws RowRejected;
    }

    /** The Cypher files under {@code cypher/ingest/} that write this file's rows, in the order they run. */
    public List<String> steps() {
        List<String> steps = new java.util.ArrayList<>(List.of(cypher + "-existing", cypher + "-create",
                cypher + "-current", cypher + "-update"));
        if (relinks) {
            steps.add(cypher + "-link");
        }
        return steps;
    }

    public List<Column> allColumns() {
        List<Column> all = new java.util.ArrayList<>();
        all.add(RECORD_ID);
        all.addAll(columns);
        all.add(HANDLING);
        return all;
    }

    public Set<String> knownColumns() {
        Set<String> names = new LinkedHashSet<>();
        allColumns().forEach(c -> names.add(c.name()));
        return names;
    }
}
