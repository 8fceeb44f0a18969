package uk.toex.crosslink.graph;

import java.util.Map;

/** An email address. */
public record Email(String key, Map<String, Object> props) implements GraphNode {
}
