package uk.toex.crosslink.graph;

import java.util.List;
import java.util.Map;

/**
 * A stored harm flag as a caller sees it (props: rule, person, evidence, status, current, reviews).
 * Its key ({@code H-} and 16 hex of rule and person) is stable across recomputation.
 */
public record HarmFlag(String key, Map<String, Object> props) implements GraphNode {

    public String personId() {
        return (String) props.get("person");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> reviews() {
        List<Map<String, Object>> reviews = (List<Map<String, Object>>) props.getOrDefault("reviews", List.of());
        return reviews.stream().sorted((a, b) -> String.valueOf(b.get("at")).compareTo(String.valueOf(a.get("at")))).toList();
    }
}
