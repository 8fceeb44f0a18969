package uk.toex.crosslink.graph;

import java.util.Map;

/** A resolved address. */
public record Address(String key, Map<String, Object> props) implements GraphNode {
}
