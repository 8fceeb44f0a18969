package uk.toex.crosslink.graph;

import java.util.Map;

/** A recorded offence. */
public record Offence(String key, Map<String, Object> props) implements SourceNode {
}
