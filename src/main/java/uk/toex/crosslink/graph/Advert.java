package uk.toex.crosslink.graph;

import java.util.Map;

/** An online advert as a force captured it. */
public record Advert(String key, Map<String, Object> props) implements SourceNode {
}
