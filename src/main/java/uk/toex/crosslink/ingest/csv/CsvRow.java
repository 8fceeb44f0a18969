package uk.toex.crosslink.ingest.csv;

import java.util.LinkedHashMap;
import java.util.Map;

/** One well-formed data row: values by known column, the rest as extras. */
public final class CsvRow {

    private final int line;
    private final String raw;
    private final String[] fields;
    private final CsvHeader header;

    CsvRow(int line, String raw, String[] fields, CsvHeader header) {
        this.line = line;
        this.raw = raw;
        this.fields = fields;
        this.header = header;
    }

    public int line() {
        return line;
    }

    public String raw() {
        return raw;
    }

    /** The value as received, or null when the column is absent or the field blank (unknown). */
    public String value(String column) {
        int i = header.index(column);
        if (i < 0) {
            return null;
        }
        String v = fields[i];
        return v.isBlank() ? null : v;
    }

    /** Column name as written in this file's header (for messages), or the canonical name. */
    public String columnName(String column) {
        String name = header.name(header.index(column));
        return name == null ? column : name;
    }

    /** {@code extra.<column>} to value, for every non-blank unknown column. */
    public Map<String, Object> extras() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String property = header.extraProperty(i);
            if (property != null && !fields[i].isBlank()) {
                out.put(property, fields[i]);
            }
        }
        return out;
    }
}
