package uk.toex.crosslink.investigations;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.NodeKind;

/**
 * Turns result values into JSON a front end can draw: a node as {@code {id, labels, properties}}
 * with the read API's global id, a relationship as {@code {id, type, start, end, properties}}
 * (start and end are the global ids of its nodes), a path as {@code {nodes, relationships}},
 * temporal values as ISO text. One renderer per run: it remembers the nodes it has seen, and
 * the global ids of relationship ends it has not seen are given to it by {@link #knowNode}.
 */
final class ValueRenderer {

    private final Map<String, String> globalIds = new HashMap<>();
    private final Set<String> disclosed = new LinkedHashSet<>();

    /** First pass: remembers every node in the value; returns the element ids of ends still unknown. */
    Set<String> unknownEnds(Object value, Set<String> into) {
        if (value instanceof Node node) {
            knowNode(node.elementId(), node.labels(), node.asMap());
        } else if (value instanceof Relationship rel) {
            into.add(rel.startNodeElementId());
            into.add(rel.endNodeElementId());
        } else if (value instanceof Path path) {
            path.nodes().forEach(n -> unknownEnds(n, into));
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> unknownEnds(v, into));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> unknownEnds(v, into));
        }
        into.removeAll(globalIds.keySet());
        return into;
    }

    void knowNode(String elementId, Iterable<String> labels, Map<String, Object> props) {
        for (String label : labels) {
            Object key = NodeKind.of(label).map(kind -> props.get(kind.keyProperty())).orElse(null);
            if (key != null) {
                globalIds.put(elementId, GlobalId.encode(label, String.valueOf(key)));
                return;
            }
        }
    }

    /** Global ids of the nodes rendered, for the audit log. */
    List<String> disclosed() {
        return List.copyOf(disclosed);
    }

    Object render(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> out = new LinkedHashMap<>();
            String id = globalIds.get(node.elementId());
            out.put("id", id);
            if (id != null) {
                disclosed.add(id);
            }
            List<String> labels = new ArrayList<>();
            node.labels().forEach(labels::add);
            out.put("labels", labels);
            out.put("properties", properties(node));
            return out;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", rel.elementId());
            out.put("type", rel.type());
            out.put("start", globalIds.get(rel.startNodeElementId()));
            out.put("end", globalIds.get(rel.endNodeElementId()));
            out.put("properties", properties(rel));
            return out;
        }
        if (value instanceof Path path) {
            List<Object> nodes = new ArrayList<>();
            List<Object> rels = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(render(n)));
            path.relationships().forEach(r -> rels.add(render(r)));
            return Map.of("nodes", nodes, "relationships", rels);
        }
        return scalar(value);
    }

    private Map<String, Object> properties(Entity entity) {
        Map<String, Object> out = new TreeMap<>();
        entity.asMap().forEach((k, v) -> out.put(k, scalar(v)));
        return out;
    }

    private Object scalar(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::render).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), render(v)));
            return out;
        }
        if (value instanceof TemporalAccessor || value instanceof IsoDuration) {
            return value.toString();
        }
        if (value instanceof Point p) {
            return Double.isNaN(p.z()) ? Map.of("srid", p.srid(), "x", p.x(), "y", p.y())
                    : Map.of("srid", p.srid(), "x", p.x(), "y", p.y(), "z", p.z());
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }
}
