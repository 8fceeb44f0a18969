package uk.toex.crosslink.api;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.federation.FederationSchemaFactory;

/**
 * Makes the GraphQL endpoint an Apollo Federation v2 subgraph: {@code _service { sdl }} and
 * {@code _entities} beside the usual root fields, with the keys of {@code graphql/federation.graphqls}.
 * Entities are resolved by {@link EntityController}.
 */
@Configuration(proxyBeanMethods = false)
class FederationConfiguration {

    @Bean
    FederationSchemaFactory federationSchemaFactory() {
        return new FederationSchemaFactory();
    }

    @Bean
    GraphQlSourceBuilderCustomizer federatedSchema(FederationSchemaFactory factory) {
        return builder -> builder.schemaFactory(factory::createGraphQLSchema);
    }
}
