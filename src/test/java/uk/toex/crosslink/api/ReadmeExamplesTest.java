package uk.toex.crosslink.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.demo.DemoFollowUp;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * Every GraphQL example in the README runs as written against the demo world (seed and size of
 * {@code --demo}) as the demo analyst sees it: no errors, and the data each promises is there.
 * A ```json block right after an example holds its variables, as the README tells users.
 */
@CrosslinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE =
            Pattern.compile("```graphql\\n(.*?)```(?:\\s*```json\\n(.*?)```)?", Pattern.DOTALL);

    @Autowired
    IngestService ingest;

    @Autowired
    GraphQlTesters graphQl;

    @TempDir
    static Path world;

    record Example(String document, Map<String, Object> variables) {
    }

    @BeforeAll
    void loadTheDemoWorld() throws IOException {
        TestNeo4j.clear();
        DemoFollowUp.generateWorld(world, 3000, 1);
        try (Stream<Path> dirs = Files.list(world)) {
            for (Path batch : dirs.filter(d -> Files.exists(d.resolve("manifest.json"))).sorted().toList()) {
                IngestReport report = ingest.ingest(batch);
                assertThat(report.status()).as(batch.toString()).isEqualTo("done");
            }
        }
    }

    @Test
    void everyReadmeGraphQlExampleRunsWithoutErrorsAgainstTheDemoWorld() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (Example example : examples) {
            GraphQlTester.Response response = demoAnalyst().document(example.document())
                    .variables(example.variables()).execute();
            response.errors().verify();
            promisedData(example.document(), response);
        }
    }

    /** What an example says it shows is there: not only "no error". */
    private static void promisedData(String document, GraphQlTester.Response response) {
        if (document.contains("persons(first: 5)")) {
            response.path("persons.edges[0].node.records[0].recordId").hasValue();
        }
        if (document.contains("explainMatch")) {
            response.path("explainMatch.features[*].feature").entityList(String.class)
                    .contains("familyName", "givenNames", "dob");
        }
        if (document.contains("node(id: $id)")) {
            response.path("node.recordId").entity(String.class).isEqualTo("NFKP80693967");
        }
        if (document.contains("personRecord(")) {
            response.path("personRecord.version").entity(Integer.class).isEqualTo(2);
            response.path("personRecord.versions[0].version").entity(Integer.class).isEqualTo(1);
        }
        if (document.contains("offences(")) {
            response.path("offences.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
            response.path("batches.edges[0].node.status").hasValue();
        }
    }

    private GraphQlTester demoAnalyst() {
        return graphQl.analyst(Caller.ALL_FORCES);
    }

    private static List<Example> examples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = EXAMPLE.matcher(readme);
        List<Example> examples = new ArrayList<>();
        while (m.find()) {
            Map<String, Object> variables = m.group(2) == null ? Map.of()
                    : new ObjectMapper().readValue(m.group(2), new TypeReference<Map<String, Object>>() { });
            examples.add(new Example(m.group(1), variables));
        }
        return examples;
    }
}
