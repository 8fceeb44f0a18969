package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;

/**
 * One field of a node or an edge. {@code id} of a node is its global id; other fields come from
 * the node's stored properties of the same name, then from its methods. Absent lists are empty
 * lists, and dates stored in the graph are ISO strings where the schema says String.
 */
final class NodeFieldFetcher implements DataFetcher<Object> {

    private final String name;
    private final boolean list;
    private final boolean string;
    private final PropertyDataFetcher<Object> property;

    NodeFieldFetcher(String name, GraphQLType type) {
        this.name = name;
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        this.list = GraphQLTypeUtil.isList(unwrapped);
        this.string = unwrapped instanceof GraphQLScalarType scalar && "String".equals(scalar.getName());
        this.property = PropertyDataFetcher.fetching(name);
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        Object value;
        if (source instanceof GraphNode node && "id".equals(name)) {
            return GlobalId.encode(node.typeName(), node.key());
        } else if (source instanceof GraphNode node && node.props().containsKey(name)) {
            value = node.props().get(name);
        } else if (source instanceof Map<?, ?> map) {
            value = map.get(name);
        } else {
            value = property.get(environment);
        }
        if (value == null && list) {
            return List.of();
        }
        return string && value instanceof TemporalAccessor ? value.toString() : value;
    }
}
