package uk.toex.crosslink.graph;

import java.util.Map;

/** A phone number, keyed by E.164. */
public record Phone(String key, Map<String, Object> props) implements GraphNode {
}
