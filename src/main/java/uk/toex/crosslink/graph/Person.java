package uk.toex.crosslink.graph;

import java.util.Map;

/** A resolved person; all it shows comes from the records its caller may see. */
public record Person(String key, Map<String, Object> props) implements GraphNode {

    public static Person withId(String entityId) {
        return new Person(entityId, Map.of());
    }

    public String entityId() {
        return key;
    }
}
