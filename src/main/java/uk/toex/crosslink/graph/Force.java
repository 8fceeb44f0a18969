package uk.toex.crosslink.graph;

import java.util.Map;

/** A force, with counts of what the caller may see of it. */
public record Force(String key, Map<String, Object> props) implements GraphNode {
}
