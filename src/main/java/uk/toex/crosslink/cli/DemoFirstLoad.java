package uk.toex.crosslink.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.toex.crosslink.demo.GenerationSummary;
import uk.toex.crosslink.demo.WorldGenerator;
import uk.toex.crosslink.ingest.BulkLoad;
import uk.toex.crosslink.ingest.IngestOptions;
import uk.toex.crosslink.resolution.engine.ProgressListener;

/**
 * {@code --demo} on a new embedded store: the generated world goes in through the first-load
 * importer before the service starts, so GraphiQL is usable seconds later. {@link DemoSeeder}
 * then finds the store filled and leaves it alone; it still seeds an empty external store.
 */
public final class DemoFirstLoad {

    private static final Logger log = LoggerFactory.getLogger(DemoFirstLoad.class);

    private DemoFirstLoad() {
    }

    public static void seed(Path dataDir, int persons, long seed) {
        try {
            Path dir = Files.createTempDirectory("crosslink-demo-");
            GenerationSummary world = new WorldGenerator().generate(dir, persons, seed);
            log.info("Demo world generated: {} person records of {} people in {} batches; loading a new store",
                    world.personRecords(), world.entities(), world.batches());
            BulkLoad.Result result = BulkLoad.load(dataDir, DemoSeeder.batches(dir), IngestOptions.defaults(),
                    ProgressListener.silent());
            long rejected = result.reports().stream().mapToLong(r -> r.rejected()).sum();
            log.info("Demo data loaded from seed {}: {} person records, {} persons", seed,
                    result.summary().personRecords(), result.summary().persons());
            if (rejected == 0) {
                DemoSeeder.delete(dir);
            } else {
                log.warn("Demo load rejected {} rows; the generated batches and reject files are kept in {}", rejected, dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot generate the demo world", e);
        }
    }
}
