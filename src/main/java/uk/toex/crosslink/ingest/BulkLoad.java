package uk.toex.crosslink.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.toex.crosslink.ingest.bulk.StagedLoad;
import uk.toex.crosslink.resolution.engine.ProgressListener;

/**
 * The first load of a new embedded store, before the engine first starts: batches are validated
 * and reported exactly as {@link IngestService} does, their person records resolved, and the
 * whole graph written by Neo4j's offline importer instead of transaction by transaction. It takes
 * the leading batches whose sources ({@code FORCE/SYSTEM}) all differ, so every row is new; a
 * later extract of a source already loaded must be compared with what is stored, so it and the
 * batches after it go through the store as usual.
 */
public final class BulkLoad {

    static final int CHUNK_ROWS = 2_000;

    /** The batches' reports, in order, and what the import made. */
    public record Result(List<IngestReport> reports, StagedLoad.Summary summary) {
    }

    private BulkLoad() {
    }

    /** How many of the leading batch folders a first load can take (their manifests are read). */
    public static int leadingNewSources(List<Path> dirs) {
        Set<String> sources = new HashSet<>();
        int n = 0;
        for (Path dir : dirs) {
            if (!sources.add(ManifestReader.read(dir).source())) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * Loads the batch folders into the new store under {@code dataDir}.
     *
     * @throws IngestFailedException if a batch cannot be read or the import fails; nothing is
     *                               then left in the store, which stays new
     */
    public static Result load(Path dataDir, List<Path> dirs, IngestOptions options, ProgressListener stages) {
        BatchLoader loader = new BatchLoader(CHUNK_ROWS, 1, dataDir.resolve("rejects"));
        try (StagedLoad staged = new StagedLoad(dataDir.resolve("first-load"))) {
            List<IngestReport> reports = new ArrayList<>();
            for (Path batchDir : dirs) {
                Path dir = batchDir.toAbsolutePath().normalize();
                reports.add(loader.load(dir, ManifestReader.read(dir), options, staged.writer(), keys -> { }));
            }
            try {
                return new Result(reports, staged.importInto(dataDir, stages));
            } catch (RuntimeException e) {
                throw new IngestFailedException("the first load's import failed: " + e.getMessage(), e);
            }
        }
    }
}
