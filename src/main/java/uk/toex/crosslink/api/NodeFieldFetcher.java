package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;

/**
 * One field of a node or an edge. {@code id} of a node is its global id; other fields come from
 * the node's stored properties of the same name, then from its methods. Absent lists are empty
 * lists, and dates stored in the graph are ISO strings where the schema says String.
 * <p>
 * A {@link LightDataFetcher}: it reads what the parent already holds, so graphql-java neither builds a
 * DataFetchingEnvironment for it nor lets instrumentations and Spring's context propagation wrap it. On a
 * page of 50 persons with their records these are most of the fields of the answer, and that per-field
 * wrapping was most of the request's CPU (docs/BENCHMARKS.md, issue 15, session 5).
 */
final class NodeFieldFetcher implements LightDataFetcher<Object> {

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
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        Object value;
        if (source instanceof GraphNode node && "id".equals(name)) {
            return GlobalId.encode(node.typeName(), node.key());
        } else if (source instanceof GraphNode node && node.props().containsKey(name)) {
            value = node.props().get(name);
        } else if (source instanceof Map<?, ?> map) {
            value = map.get(name);
        } else {
            value = property.get(field, source, environment);
        }
        if (value == null && list) {
            return List.of();
        }
        return string && value instanceof TemporalAccessor ? value.toString() : value;
    }
}
