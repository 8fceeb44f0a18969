package uk.toex.crosslink.demo.output;

import java.util.List;

/** One row being filled by column name; {@link #write()} hands it to its table. */
public final class Row {

    private final CsvTable table;
    private final String[] values;

    Row(CsvTable table, String[] values) {
        this.table = table;
        this.values = values;
    }

    public Row set(String column, String value) {
        values[table.column(column)] = value;
        return this;
    }

    /** Sets a column only if this table has it (extras differ between systems). */
    public Row setIfPresent(String column, String value) {
        if (table.has(column)) {
            values[table.column(column)] = value;
        }
        return this;
    }

    /** A multi-valued field, values separated by {@code |}. */
    public Row set(String column, List<String> values) {
        return set(column, String.join("|", values));
    }

    public void write() {
        table.write(values);
    }
}
