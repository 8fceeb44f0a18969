package uk.toex.crosslink.api;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * Spring's schema mapping inspection, made a start-up check: a schema field with no data fetcher
 * and no property on its Java source type would otherwise be served as null without a word. Fields
 * served by name from maps the inspection cannot see into are declared in {@link ServedByName};
 * anything else unmapped, a mapping of a field the schema does not have, a mapped argument the
 * field does not take, or a type the inspection had to skip stops the service from starting, with
 * every problem named.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspection {

    @Bean
    GraphQlSourceBuilderCustomizer schemaMappingsChecked() {
        return builder -> builder.inspectSchemaMappings(SchemaInspection::check);
    }

    static void check(SchemaReport report) {
        List<String> problems = new ArrayList<>();
        report.unmappedFields().stream().filter(field -> !ServedByName.served(field))
                .forEach(field -> problems.add(name(field) + " has no data fetcher and no property on its Java type"));
        ServedByName.stale(report.unmappedFields())
                .forEach(field -> problems.add(field + " is listed in ServedByName but is not an unmapped schema field"));
        report.unmappedRegistrations().forEach((field, fetcher) -> problems.add(name(field) + " is mapped by "
                + (fetcher instanceof SelfDescribingDataFetcher<?> described ? described.getDescription() : fetcher)
                + " but is not in the schema"));
        report.unmappedArguments().forEach((fetcher, arguments) ->
                problems.add(fetcher + " takes arguments the schema field does not have: " + arguments));
        report.skippedTypes().forEach(skipped -> problems.add(GraphQLTypeUtil.simplePrint(skipped.type())
                + " (reached by " + name(skipped.fieldCoordinates()) + ") could not be inspected: give its"
                + " data fetcher a typed return value"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("GraphQL schema mappings are incomplete (" + problems.size() + "):\n  "
                    + String.join("\n  ", problems));
        }
    }

    static String name(FieldCoordinates field) {
        return field.getTypeName() + "." + field.getFieldName();
    }
}
