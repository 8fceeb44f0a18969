package uk.toex.crosslink.support;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.store.CypherRunner;

/**
 * What the investigation API's HTTP tests start from: the {@link InvestigationWorld} ingested and
 * resolved once per class, and GraphQL testers for any caller. Subclasses add {@code @CrosslinkTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class InvestigationWorldTest {

    @Autowired
    protected GraphQlTesters graphQl;
    @Autowired
    protected IngestService ingest;
    @Autowired
    protected ResolutionService resolution;
    @Autowired
    protected CypherRunner cypher;

    @BeforeAll
    void loadTheWorld(@TempDir Path dir) {
        InvestigationWorld.load(ingest, resolution, dir);
        worldLoaded();
    }

    /** Runs once after the world is loaded (e.g. to look up persons by record). */
    protected void worldLoaded() {
    }
}
