package uk.toex.crosslink.ingest.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file's header: known columns matched case-insensitively in any order, every other column
 * kept as an {@code extra.<name as received>} property so nothing is dropped.
 */
public final class CsvHeader {

    private final String[] names;
    private final Map<String, Integer> known = new HashMap<>();
    private final String[] extraProperty;
    private String problem;

    CsvHeader(String[] fields, Set<String> knownColumns, String headerProblem) {
        names = new String[fields.length];
        extraProperty = new String[fields.length];
        Map<String, Integer> seen = new HashMap<>();
        String duplicate = null;
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i].strip();
            names[i] = name;
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && seen.putIfAbsent(lower, i) != null && duplicate == null) {
                duplicate = name;
            }
            if (knownColumns.contains(lower)) {
                known.put(lower, i);
            } else {
                extraProperty[i] = "extra." + (name.isEmpty() ? "column" + (i + 1) : name);
            }
        }
        problem = headerProblem != null ? headerProblem
                : duplicate == null ? null : "duplicate column " + duplicate + " in the header";
    }

    public int size() {
        return names.length;
    }

    /** Index of a known column, or -1 when the file does not have it. */
    int index(String column) {
        return known.getOrDefault(column, -1);
    }

    public boolean has(String column) {
        return known.containsKey(column);
    }

    String name(int index) {
        return index >= 0 && index < names.length ? names[index] : null;
    }

    String extraProperty(int index) {
        return extraProperty[index];
    }

    /** Columns whose values become {@code extra.*} properties, as named in the file. */
    public java.util.List<String> extraColumns() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (extraProperty[i] != null) {
                out.add(extraProperty[i].substring("extra.".length()));
            }
        }
        return out;
    }

    /** Marks the file unusable when a required column is missing from its header. */
    public void require(java.util.Collection<String> columns) {
        for (String column : columns) {
            if (problem == null && !known.containsKey(column)) {
                problem = "the header has no " + column + " column";
            }
        }
    }

    /** Why the header makes the whole file unusable, or null. */
    public String problem() {
        return problem;
    }
}
