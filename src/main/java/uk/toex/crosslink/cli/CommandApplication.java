package uk.toex.crosslink.cli;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import uk.toex.crosslink.CrosslinkApplication;

/**
 * The Spring context a command runs in: the store and the services, without the web server, the
 * GraphQL schema and controllers, HTTP security, metrics or health, which a command never uses and which
 * cost seconds to build (docs/BENCHMARKS.md, "First use and operations"). Deliberately not a
 * {@code @Configuration}: the service's component scan must never pick it up (its exclusions
 * would strip GraphQL from the service); as the application's source it is processed all the same.
 */
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.autoconfigure.graphql.GraphQlAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
        "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
        // health is the service's readiness probe; its Neo4j check would ask for a driver that a
        // command running its Cypher in-process does not have
        "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.neo4j.Neo4jHealthContributorAutoConfiguration"})
@ConfigurationPropertiesScan(basePackageClasses = CrosslinkApplication.class)
@ComponentScan(basePackageClasses = CrosslinkApplication.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CrosslinkApplication.class),
        // GraphQL controllers and wiring, HTTP and GraphQL security, the commands themselves
        @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "uk\\.toex\\.crosslink\\.(api|cli|security\\.(web|graphql|hardening))\\..*")})
class CommandApplication {
}
