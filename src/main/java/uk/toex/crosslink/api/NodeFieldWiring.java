package uk.toex.crosslink.api;

import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Serves every field no controller maps with a {@link NodeFieldFetcher}: global ids for nodes,
 * stored properties by name, edge fields from edge maps. Controllers map only what needs a query.
 */
@Component
class NodeFieldWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new WiringFactory() {
            @Override
            public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                return new NodeFieldFetcher(environment.getFieldDefinition().getName(), environment.getFieldType());
            }
        });
    }
}
