package uk.toex.crosslink.store;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the schema statements create ({@code CREATE ... INDEX|CONSTRAINT name IF NOT EXISTS})
 * and drop ({@code DROP INDEX|CONSTRAINT name IF EXISTS}). Neo4j skips such a statement when the
 * name is already there (or already gone), so a store holding every created name and no dropped
 * one would see no change from running them all. A statement of any other shape makes the set
 * {@code unknown}: the statements must then run.
 */
record SchemaNames(Set<String> indexes, Set<String> constraints, Set<String> dropped, boolean unknown) {

    private static final Pattern CREATE = Pattern.compile(
            "CREATE\\s+(?:[A-Z]+\\s+)?(INDEX|CONSTRAINT)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+IF\\s+NOT\\s+EXISTS\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DROP = Pattern.compile(
            "DROP\\s+(INDEX|CONSTRAINT)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+IF\\s+EXISTS\\s*",
            Pattern.CASE_INSENSITIVE);

    static SchemaNames of(List<String> statements) {
        Set<String> indexes = new HashSet<>();
        Set<String> constraints = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        boolean unknown = false;
        for (String statement : statements) {
            Matcher create = CREATE.matcher(statement.strip());
            Matcher drop = DROP.matcher(statement.strip());
            if (create.matches()) {
                (isIndex(create) ? indexes : constraints).add(create.group(2));
            } else if (drop.matches()) {
                dropped.add(drop.group(2));
            } else {
                unknown = true;
            }
        }
        return new SchemaNames(indexes, constraints, dropped, unknown);
    }

    /**
     * Whether a store already is as the statements would leave it: every created index there and
     * online, every created constraint there, no dropped name there in any state.
     */
    boolean allIn(Map<String, String> storeIndexStates, Set<String> storeConstraints) {
        return !unknown
                && indexes.stream().allMatch(name -> "ONLINE".equals(storeIndexStates.get(name)))
                && storeConstraints.containsAll(constraints)
                && dropped.stream().noneMatch(name -> storeIndexStates.containsKey(name) || storeConstraints.contains(name));
    }

    private static boolean isIndex(Matcher create) {
        return create.group(1).toUpperCase(Locale.ROOT).equals("INDEX");
    }
}
