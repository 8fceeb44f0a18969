package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Link;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * Every field of {@code graphql/*.graphqls} is served by a controller, a Java property or, declared
 * in {@link ServedByName}, by name from a map; a field with none of these stops start-up and is
 * named, rather than being read as null. The schema is built here as the service builds it (its
 * controllers, wiring and customisers), with schema files added or left out.
 */
@CrosslinkTest
class SchemaMappingsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectProvider<RuntimeWiringConfigurer> wiring;

    @Autowired
    ObjectProvider<GraphQlSourceBuilderCustomizer> customizers;

    @Test
    void everyFieldOfTheShippedSchemaIsServed() {
        assertThatCode(() -> build(List.of())).doesNotThrowAnyException();
    }

    @Test
    void aFieldAddedWithoutAFetcherStopsStartUpNamingTheField() {
        Resource extra = new ByteArrayResource("""
                extend type Person {
                  "A field nobody serves."
                  shoeSize: Int
                }
                """.getBytes(StandardCharsets.UTF_8), "extra.graphqls");

        assertThatThrownBy(() -> build(List.of(extra)))
                .hasStackTraceContaining("Person.shoeSize has no data fetcher and no property on its Java type");
    }

    @Test
    void aStoredPropertyOrEdgeFieldIsServedByNameOnlyWhenDeclared() {
        Resource extra = new ByteArrayResource("""
                extend type PersonRecord { "Not stored, not declared." shoeSize: Int }
                extend type PersonAddressEdge { "Not a column of the link query." weight: Float }
                """.getBytes(StandardCharsets.UTF_8), "extra.graphqls");

        assertThatThrownBy(() -> build(List.of(extra)))
                .hasStackTraceContaining("(2)")
                .hasStackTraceContaining("PersonRecord.shoeSize has no data fetcher")
                .hasStackTraceContaining("PersonAddressEdge.weight has no data fetcher");
    }

    @Test
    void aFieldListedAsServedByNameThatTheSchemaNoLongerLeavesUnmappedIsReported() {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse("type Query { phone: Phone } type Phone { e164: String }"));
        var report = SchemaMappingInspector.initializer().inspect(schema, Map.of(
                "Query", Map.of("phone", env -> null), "Phone", Map.of("e164", env -> null)));

        assertThatThrownBy(() -> SchemaInspection.check(report))
                .hasMessageContaining("Phone.e164 is listed in ServedByName but is not an unmapped schema field");
    }

    @Test
    void aLinkWhoseFieldTheSchemaLacksIsReported() {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse("type Query { phone: Phone } type Phone { e164: String }"));
        var report = SchemaMappingInspector.initializer().inspect(schema, Map.of(
                "Query", Map.of("phone", env -> null), "Phone", Map.of("calls", new LinkFetcher(Link.PHONE_CALLS))));

        assertThatThrownBy(() -> SchemaInspection.check(report))
                .hasMessageContaining("Phone.calls is mapped by Link.PHONE_CALLS but is not in the schema");
    }

    private GraphQlSource build(List<Resource> extra) throws IOException {
        List<Resource> schema = new ArrayList<>(Arrays.asList(
                new PathMatchingResourcePatternResolver().getResources("classpath:graphql/**/*.graphqls")));
        schema.addAll(extra);
        GraphQlSource.SchemaResourceBuilder builder = GraphQlSource.schemaResourceBuilder()
                .schemaResources(schema.toArray(Resource[]::new));
        wiring.orderedStream().filter(w -> !(w instanceof AnnotatedControllerConfigurer))
                .forEach(builder::configureRuntimeWiring);
        builder.configureRuntimeWiring(controllers());
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        assertThat(schema).hasSizeGreaterThan(10);
        return builder.build();
    }

    /**
     * The service's controllers, mapped afresh: the service's own configurer would register their
     * batch loaders a second time in the shared context's registry, breaking every later request.
     */
    private AnnotatedControllerConfigurer controllers() {
        GenericApplicationContext scratch = new GenericApplicationContext();
        scratch.setParent(context);
        scratch.getBeanFactory().registerSingleton("batchLoaderRegistry", new DefaultBatchLoaderRegistry());
        context.getBeansWithAnnotation(Controller.class)
                .forEach((name, controller) -> scratch.getBeanFactory().registerSingleton(name, controller));
        scratch.refresh();
        AnnotatedControllerConfigurer controllers = new AnnotatedControllerConfigurer();
        controllers.setApplicationContext(scratch);
        controllers.afterPropertiesSet();
        return controllers;
    }
}
