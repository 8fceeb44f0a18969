package uk.toex.crosslink.graph;

import java.util.Map;

/** An identity document, keyed by TYPE:NUMBER. */
public record IdDocument(String key, Map<String, Object> props) implements GraphNode {
}
