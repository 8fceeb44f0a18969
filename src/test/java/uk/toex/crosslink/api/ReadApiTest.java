package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.GraphQlTesters;

/** What the read API tests over ingested data start from: {@link ReadApiWorld} ingested once per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadApiTest {

    @Autowired
    GraphQlTesters graphQl;
    @Autowired
    IngestService ingest;
    @Autowired
    CypherRunner cypher;

    List<IngestReport> batches;

    @BeforeAll
    void loadTheWorld(@TempDir Path root) {
        batches = ReadApiWorld.load(ingest, root);
    }

    static String id(String type, String key) {
        return GlobalId.encode(type, key);
    }

    static void expectBadRequest(GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains(message);
            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
        }));
    }
}
