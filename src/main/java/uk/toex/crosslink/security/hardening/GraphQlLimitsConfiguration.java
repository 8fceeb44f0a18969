package uk.toex.crosslink.security.hardening;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.http.HttpStatus;
import uk.toex.crosslink.security.SecurityProperties;

/**
 * OWASP GraphQL limits ({@code crosslink.security.limits.*}): depth, cost ({@link PageSizeComplexity}:
 * lists weighted by their page, written or the schema's default), aliases and wall-clock time.
 * Each refusal is a GraphQL error (or 503 on timeout) and an audit event with outcome {@code denied}.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(SecurityProperties security) {
        return new MaxQueryDepthInstrumentation(security.limits().maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(SecurityProperties security) {
        return new MaxQueryComplexityInstrumentation(security.limits().maxComplexity(), new PageSizeComplexity());
    }

    @Bean
    ExpandedFieldLimit expandedFieldLimit(SecurityProperties security) {
        return new ExpandedFieldLimit(security.limits().maxComplexity());
    }

    @Bean
    ExecutionDeadline executionDeadline(SecurityProperties security) {
        return new ExecutionDeadline(security.limits().timeout());
    }

    @Bean
    AliasLimitInstrumentation aliasLimit(SecurityProperties security) {
        return new AliasLimitInstrumentation(security.limits().maxAliases());
    }

    /** Innermost interceptor: audit and trusted-document checks see its refusal. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    TimeoutWebGraphQlInterceptor executionTimeout(SecurityProperties security) {
        return new TimeoutWebGraphQlInterceptor(security.limits().timeout(), HttpStatus.SERVICE_UNAVAILABLE);
    }
}
