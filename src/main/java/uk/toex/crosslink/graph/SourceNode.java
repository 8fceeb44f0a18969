package uk.toex.crosslink.graph;

import java.util.Map;
import java.util.TreeMap;

/** A source-layer node: a record as a force's system sent it, with unnamed columns kept as {@code extra.<column>}. */
public interface SourceNode extends GraphNode {

    String EXTRA_PREFIX = "extra.";

    /** Columns the contract does not name, by their column name, in name order. */
    default Map<String, Object> extra() {
        Map<String, Object> extra = new TreeMap<>();
        props().forEach((name, value) -> {
            if (name.startsWith(EXTRA_PREFIX)) {
                extra.put(name.substring(EXTRA_PREFIX.length()), value);
            }
        });
        return extra;
    }
}
