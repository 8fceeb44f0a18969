package uk.toex.crosslink.api;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars the schema uses beyond the GraphQL built-ins. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring.scalar(ExtendedScalars.Json).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date);
    }
}
