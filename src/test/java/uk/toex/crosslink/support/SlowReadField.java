package uk.toex.crosslink.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherLibrary;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.store.StoreStatements;

/**
 * Test only: {@code Query.testSlowRead}, which runs {@code cypher/test/slow-read} through a
 * {@link CypherRunner} whose store timeout is one second, so that a test can watch the store stop a
 * runaway read and the GraphQL error that follows without waiting for the service's real timeout.
 * Part of every {@code @CrosslinkTest}, so the cached context stays one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlowReadField {

    private static final String SCHEMA = """
            extend type Query {
              "Test only: a read that runs until the store stops it (one second); the number of rows it counted."
              testSlowRead: Int
            }
            """;

    @Bean
    GraphQlSourceBuilderCustomizer slowReadSchema() {
        return builder -> builder.schemaResources(
                new ByteArrayResource(SCHEMA.getBytes(StandardCharsets.UTF_8), "test-slow-read.graphqls"));
    }

    @Bean
    RuntimeWiringConfigurer slowReadFetcher(StoreStatements store, CypherLibrary library) {
        CypherRunner oneSecond = new CypherRunner(store, library, Duration.ofSeconds(1));
        return wiring -> wiring.type("Query", type -> type.dataFetcher("testSlowRead",
                env -> ((Number) oneSecond.readOne("test/slow-read", AccessScope.system(), Map.of()).get("n")).intValue()));
    }
}
