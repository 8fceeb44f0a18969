package uk.toex.crosslink.security;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.GraphQlTesters;

/**
 * What the HTTP visibility tests start from: the matrix world ingested once per class as real CSV
 * batches, every caller of the matrix, and requests that each must leave one audit event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MatrixHttpTest {

    @Autowired
    GraphQlTesters graphQl;
    @Autowired
    CypherRunner cypher;
    @Autowired
    IngestService ingest;

    AuditedRequests requests;

    @BeforeAll
    void loadTheWorld(@TempDir Path batches) {
        MatrixFixture.load(ingest, cypher, batches, this::addToBatch);
        requests = new AuditedRequests(graphQl, cypher);
    }

    /** Files a subclass adds to a force's batch folder before it is ingested; none by default. */
    void addToBatch(Path batch, String force) {
    }

    static Stream<Arguments> callers() {
        return MatrixCallers.all();
    }
}
