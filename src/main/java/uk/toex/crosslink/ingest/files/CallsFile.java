package uk.toex.crosslink.ingest.files;

import static uk.toex.crosslink.ingest.files.ColumnType.SECONDS;
import static uk.toex.crosslink.ingest.files.ColumnType.TEXT;
import static uk.toex.crosslink.ingest.files.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code calls.csv}: one row per call or SMS event, aggregated per number pair on load. */
public final class CallsFile {

    public static final String NAME = "calls.csv";
    public static final List<Column> COLUMNS = List.of(
            Column.of("from_number", TEXT).mandatory(), Column.of("to_number", TEXT).mandatory(),
            Column.of("started_at", TIMESTAMP), Column.of("duration_s", SECONDS), Column.oneOf("kind", "CALL", "SMS"));

    private CallsFile() {
    }

    public static Set<String> knownColumns() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.toSet());
    }

    public static List<String> requiredColumns() {
        return COLUMNS.stream().filter(Column::required).map(Column::name).toList();
    }
}
