package uk.toex.crosslink.analytics;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;

/** A test class asking over HTTP about the {@link AnalyticsWorld}, loaded once per class. */
@CrosslinkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnalyticsWorldTest {

    @Autowired
    GraphQlTesters graphQl;

    /** A person record as the documents ask for it. */
    record Rec(String force, String recordId) {
    }

    /** A score component as the documents ask for it. */
    record Component(String name, double value, double weight, String explanation) {
    }

    @BeforeAll
    void load(@Autowired IngestService ingest, @TempDir Path dir) {
        AnalyticsWorld.load(ingest, dir);
    }
}
