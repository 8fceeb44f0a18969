package uk.toex.crosslink.graph;

import java.util.Map;

/** The hash of an advert image. */
public record ImageHash(String key, Map<String, Object> props) implements GraphNode {
}
