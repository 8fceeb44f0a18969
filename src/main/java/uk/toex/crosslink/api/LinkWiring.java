package uk.toex.crosslink.api;

import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.graph.Link;

/**
 * Wires every nested list of {@link Link} to its schema field ({@code Link#parent()} type,
 * {@code Link#field()}), served by a {@link LinkFetcher}. A new list is its line in {@code Link},
 * its Cypher file and its schema field, and no controller method; the start-up schema check
 * ({@link SchemaInspection}) fails on a line whose field the schema does not have.
 */
@Component
class LinkWiring implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        for (Link link : Link.values()) {
            builder.type(link.parent().type(), type -> type.dataFetcher(link.field(), new LinkFetcher(link)));
        }
    }
}
