package uk.toex.crosslink.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import uk.toex.crosslink.ingest.BulkLoad;
import uk.toex.crosslink.ingest.IngestFailedException;
import uk.toex.crosslink.ingest.IngestOptions;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.bulk.OfflineImporter;
import uk.toex.crosslink.resolution.engine.ProgressListener;

/**
 * The part of {@code ingest} that fills a new embedded store with the offline importer before
 * the store first starts (docs/INGEST.md, "First load"); the command carries on with the rest.
 */
final class FirstLoadRun {

    private FirstLoadRun() {
    }

    /**
     * @param err where stage lines and a summary go, or null for none
     * @return the reports of the batches loaded, in order; none when the store is not a new embedded one
     */
    static List<IngestReport> ifNewStore(CommandContext context, List<Path> dirs, IngestOptions options, PrintWriter err) {
        Path dataDir = Path.of(context.setting("crosslink.data-dir", "data"));
        if (context.started() || !context.setting("crosslink.neo4j.uri", "").isBlank() || !OfflineImporter.storeIsNew(dataDir)) {
            return List.of();
        }
        int batches = BulkLoad.leadingNewSources(dirs);
        RunStats stats = new RunStats();
        long started = System.nanoTime();
        ProgressListener stages = err == null ? ProgressListener.silent()
                : (stage, detail) -> err.printf("first load: %s: %s (%.1f s)%n", stage, detail, (System.nanoTime() - started) / 1e9);
        BulkLoad.Result result;
        try {
            result = BulkLoad.load(dataDir, dirs.subList(0, batches), options, stages);
        } catch (IngestFailedException e) {
            throw new IngestFailedException("first load of a new store: " + e.getMessage(), e.getCause());
        }
        if (err != null) {
            long rows = result.reports().stream().mapToLong(IngestReport::rows).sum();
            err.println("first load of " + batches + " batches: " + result.summary().personRecords()
                    + " person records into " + result.summary().persons() + " persons; " + stats.summary(rows));
        }
        return result.reports();
    }
}
