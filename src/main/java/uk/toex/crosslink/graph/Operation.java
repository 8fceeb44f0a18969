package uk.toex.crosslink.graph;

import java.util.Map;

/** A police operation. */
public record Operation(String key, Map<String, Object> props) implements SourceNode {
}
