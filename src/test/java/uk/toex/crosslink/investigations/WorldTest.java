package uk.toex.crosslink.investigations;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;

/** The whole service over HTTP, on {@link CatalogueWorld} (loaded once for the classes that share it). */
@CrosslinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorldTest {

    @Autowired
    GraphQlTesters graphQl;
    @Autowired
    CypherRunner cypher;
    @Autowired
    IngestService ingest;

    @BeforeAll
    void loadTheWorld(@TempDir Path batches) {
        CatalogueWorld.ensureLoaded(ingest, cypher, batches);
    }
}
