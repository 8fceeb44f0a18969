package uk.toex.crosslink.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The optional filters of a top-level list, by parameter name, already validated and normalised
 * (api.ListArguments); absent filters are null. They travel to Cypher as parameters only.
 */
public record ListFilter(Map<String, Object> values) {

    public ListFilter {
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public static ListFilter none() {
        return new ListFilter(Map.of());
    }

    /** This filter and one more (a null value leaves the list unfiltered by it). */
    public ListFilter with(String name, Object value) {
        Map<String, Object> more = new HashMap<>(values);
        more.put(name, value);
        return new ListFilter(more);
    }

    Object get(String name) {
        return values.get(name);
    }
}
