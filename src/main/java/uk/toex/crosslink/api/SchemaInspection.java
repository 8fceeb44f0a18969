package uk.toex.crosslink.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's schema inspection lists every field without a controller or Java property as unmapped;
 * here nodes serve stored properties and edges are maps ({@link NodeFieldFetcher}), so that list
 * is noise at INFO. It stays available at DEBUG.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspection {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    @Bean
    GraphQlSourceBuilderCustomizer schemaInspectionAtDebug() {
        return builder -> builder.inspectSchemaMappings(report -> log.debug("{}", report));
    }
}
