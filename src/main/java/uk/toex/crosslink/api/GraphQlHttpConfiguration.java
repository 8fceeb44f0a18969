package uk.toex.crosslink.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/** {@code POST /graphql} answered in the request's own dispatch when it can be ({@link InPlaceGraphQlHttpHandler}). */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

    /** Replaces Spring Boot's handler (it backs off when one is defined); Boot's route to it is unchanged. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
        return new InPlaceGraphQlHttpHandler(webGraphQlHandler);
    }
}
