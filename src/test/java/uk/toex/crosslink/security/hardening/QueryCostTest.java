package uk.toex.crosslink.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import uk.toex.crosslink.security.SecurityProperties;
import uk.toex.crosslink.support.CrosslinkTest;

/**
 * The query cost model (docs/SECURITY.md, "Query cost") against the service's schema: a page left
 * out costs what the page the service then serves costs, every document the suite, the README and
 * the GraphiQL page send fits the limit, and the probe's walk does not, however it is written.
 */
@CrosslinkTest
class QueryCostTest {

    private static final Pattern README_EXAMPLE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    /** The probe's four-level walk: persons, their phones, those phones' persons, their phones; %s: each level's page. */
    static final String WALK = "{ persons%s { edges { node { phones%s { edges { node { persons%s { edges { node {"
            + " phones%s { edges { node { e164 } } } } } } } } } } } } }";

    static String walk(String page) {
        return WALK.formatted(page, page, page, page);
    }

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    SecurityProperties security;

    GraphQLSchema schema;

    @BeforeEach
    void schema() {
        schema = graphQl.schema();
    }

    @Test
    void aDocumentCostsTheSameWithItsDefaultPagesWrittenOrLeftOut() {
        assertThat(cost(walk(""))).isEqualTo(cost(walk("(first: 20)"))).isEqualTo(345_262);
        assertThat(cost(walk("(first: 1)"))).isEqualTo(13);
        assertThat(cost("{ searchPersons(input: {name: \"Ann\"}) { score person { displayName } } }"))
                .isEqualTo(cost("{ searchPersons(input: {name: \"Ann\"}, first: 10) { score person { displayName } } }"));
        assertThat(cost("{ auditEvents { edges { node { id subject } } } }"))
                .isEqualTo(cost("{ auditEvents(first: 50) { edges { node { id subject } } } }"))
                .isEqualTo(cost("query($n: Int) { auditEvents(first: $n) { edges { node { id subject } } } }"));
        // a smaller page costs less: the page really is counted
        assertThat(cost(WALK.formatted("(first: 5)", "", "", ""))).isLessThan(cost(walk("")));
    }

    @Test
    void unpagedListsOfObjectsCountTheirEstimateAndListsOfScalarsCountOnce() {
        String person = "{ person(id: \"x\") { %s } }";
        long bare = cost(person.formatted("id"));
        assertThat(cost(person.formatted("id records { key familyName }")))
                .isEqualTo(bare + 1 + 2 * 10); // Person.records: 10 records of 2 fields each
        assertThat(cost(person.formatted("id forces"))).isEqualTo(bare + 1);
    }

    @Test
    void anAdvertClustersListCostsItsPageWhenPagedAndItsEstimateWhenLeftWhole() {
        String cluster = "{ advertClusters(first: 1) { edges { node { %s } } } }";
        long bare = cost(cluster.formatted("id"));
        assertThat(cost(cluster.formatted("id adverts { key }"))).isEqualTo(bare + 1 + 20);
        assertThat(cost(cluster.formatted("id adverts(first: 5) { key }"))).isEqualTo(bare + 1 + 5);
        assertThat(cost(cluster.formatted("id persons(first: 100) { id }"))).isEqualTo(bare + 1 + 100);
        assertThat(cost(cluster.formatted("id personCount"))).isEqualTo(bare + 1);
    }

    @Test
    void everyFirstArgumentDeclaresTheDefaultPageTheServiceServesOrItsWholeListHasAnEstimate() {
        List<String> undeclared = new ArrayList<>();
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer container && !type.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    GraphQLArgument first = field.getArgument("first");
                    if (first != null && !first.hasSetDefaultValue()
                            && !UnpagedListSizes.named(type.getName(), field.getName())) {
                        undeclared.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyDocumentTheSuiteTheReadmeAndGraphiQlSendFitsTheLimitAndTheProbesWalkDoesNot() throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/test/resources/graphql-test")),
                Files.list(Path.of("src/main/resources/graphiql")))) {
            // gatewayCases goes to the federation gateway, whose schema joins another service's
            files.filter(f -> f.toString().endsWith(".graphql") && !f.endsWith("gatewayCases.graphql")).sorted()
                    .forEach(f -> documents.put(f.toString(), read(f)));
        }
        Matcher examples = README_EXAMPLE.matcher(read(Path.of("README.md")));
        for (int i = 1; examples.find(); i++) {
            documents.put("README.md example " + i, examples.group(1));
        }
        assertThat(documents).hasSizeGreaterThan(60);
        int max = security.limits().maxComplexity();
        Map<String, Long> costs = new LinkedHashMap<>();
        documents.forEach((name, text) -> operations(text).forEach(op -> costs.put(name + " " + op, cost(text, op))));
        assertThat(costs).allSatisfy((name, cost) -> assertThat(cost).as(name).isLessThanOrEqualTo(max));

        assertThat(cost(walk(""))).isGreaterThan(max);
    }

    private List<String> operations(String text) {
        Document document = Parser.parse(text);
        List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
        assertThat(errors).as(text).isEmpty();
        return document.getDefinitionsOfType(OperationDefinition.class).stream().map(OperationDefinition::getName).toList();
    }

    long cost(String text) {
        return cost(text, null);
    }

    long cost(String text, String operation) {
        Document document = Parser.parse(text);
        OperationDefinition op = document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(o -> operation == null || operation.equals(o.getName())).findFirst().orElseThrow();
        return QueryComplexityCalculator.newCalculator().schema(schema).document(document).operationName(op.getName())
                .variables(CoercedVariables.of(SampleVariables.of(schema, op))).fieldComplexityCalculator(new PageSizeComplexity())
                .build().calculate();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
