package uk.toex.crosslink.ingest;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * What every ingest test against the shared harness starts from: the real {@link IngestService},
 * an empty store, a folder to write batches into and {@link StoreQueries} to read the result.
 */
abstract class IngestStoreTest {

    @Autowired
    IngestService ingest;

    @Autowired
    Driver driver;

    @TempDir
    Path temp;

    StoreQueries store;

    @BeforeEach
    void emptyStore() {
        TestNeo4j.clear();
        store = new StoreQueries(driver);
    }
}
