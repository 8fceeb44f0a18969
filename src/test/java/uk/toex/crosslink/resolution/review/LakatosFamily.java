package uk.toex.crosslink.resolution.review;

import org.neo4j.driver.Driver;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.resolution.service.StoreFixtures;
import uk.toex.crosslink.support.TestNeo4j;

/** The review tests' world: the {@code lakatos-family} fixture in an empty store, resolved by a fresh engine. */
final class LakatosFamily {

    private LakatosFamily() {
    }

    static void loadResolved(Driver driver, ResolutionService resolution) {
        TestNeo4j.clear();
        resolution.reset();
        StoreFixtures.run(driver, "lakatos-family");
        resolution.resolveAll(false, ProgressListener.silent());
    }
}
