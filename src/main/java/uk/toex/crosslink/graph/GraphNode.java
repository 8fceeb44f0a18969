package uk.toex.crosslink.graph;

import java.util.Map;

/**
 * A node of the graph as the read API serves it: its GraphQL type (the class's simple name, which
 * is also the node's label), its key and its stored properties. Schema fields of the same name as a
 * property are served from {@link #props()}; anything computed lives in a method or a controller.
 */
public interface GraphNode {

    String key();

    Map<String, Object> props();

    default String typeName() {
        return getClass().getSimpleName();
    }
}
