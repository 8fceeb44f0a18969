package uk.toex.crosslink.ingest.files;

import java.util.Set;

/**
 * One contract column of a batch file.
 *
 * @param name      header name (lower case)
 * @param property  graph property name (camelCase of the column)
 * @param type      how its text is read
 * @param values    allowed codes of an ENUM column
 * @param required  a blank value rejects the row
 * @param refersTo  file whose record_id this column must name (e.g. {@code persons.csv}), or null
 */
public record Column(String name, String property, ColumnType type, Set<String> values, boolean required,
                     String refersTo) {

    public static Column of(String name, ColumnType type) {
        return new Column(name, camel(name), type, Set.of(), false, null);
    }

    public static Column oneOf(String name, String... values) {
        return new Column(name, camel(name), ColumnType.ENUM, Set.of(values), false, null);
    }

    public static Column ref(String name, String file) {
        return new Column(name, camel(name), ColumnType.ID, Set.of(), true, file);
    }

    public Column mandatory() {
        return new Column(name, property, type, values, true, refersTo);
    }

    public Column optional() {
        return new Column(name, property, type, values, false, refersTo);
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
