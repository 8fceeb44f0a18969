package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.toex.crosslink.ingest.files.CallsFile;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.LinkFiles;
import uk.toex.crosslink.ingest.files.RecordFile;
import uk.toex.crosslink.ingest.files.RecordFiles;
import uk.toex.crosslink.ingest.store.IngestWriter;

/**
 * Reads one batch folder into an {@link IngestWriter}: record files first, then the link files
 * that point into them, then calls; bad rows rejected and reported, everything else written.
 */
final class BatchLoader {

    private static final Logger log = LoggerFactory.getLogger(BatchLoader.class);

    private final RecordFileIngester records;
    private final LinkFileIngester links;
    private final CallsFileIngester calls;
    private final Path fallbackRejectDir;
    private final int writers;

    BatchLoader(int chunkRows, int writers, Path fallbackRejectDir) {
        this.records = new RecordFileIngester(chunkRows);
        this.links = new LinkFileIngester(chunkRows);
        this.calls = new CallsFileIngester(chunkRows);
        this.writers = writers;
        this.fallbackRejectDir = fallbackRejectDir;
    }

    /** @param changedPersons receives the keys of person records the batch added or changed */
    IngestReport load(Path dir, Manifest manifest, IngestOptions options, IngestWriter writer,
                      Consumer<List<String>> changedPersons) {
        long started = System.nanoTime();
        Map<String, FileReport> files = new LinkedHashMap<>();
        IngestReport report;
        try (BatchRun run = new BatchRun(manifest, dir, options, fallbackRejectDir, writers, writer)) {
            BatchNode.start(run, options.source());
            try {
                loadFiles(run, dir, files);
                run.close();
                report = BatchReports.of(run, BatchReports.status(files), files, BatchReports.ignoredFiles(dir), started);
                BatchNode.finish(run, report);
            } catch (RuntimeException | IOException e) {
                BatchNode.failed(run);
                throw e instanceof IOException io ? new IngestFailedException(io.getMessage(), io)
                        : e instanceof IngestFailedException failed ? failed
                        : new IngestFailedException(e.getMessage(), e);
            }
            log.info("Batch {} ingested: {} rows, {} new, {} updated, {} unchanged, {} rejected", run.batchId,
                    report.rows(), report.accepted(), report.updated(), report.unchanged(), report.rejected());
            // also when nothing changed: resolution then places what a run that died before placing left marked
            changedPersons.accept(List.copyOf(run.changedPersonKeys));
        }
        return report;
    }

    private void loadFiles(BatchRun run, Path dir, Map<String, FileReport> files) throws IOException {
        for (RecordFile file : RecordFiles.ALL) {
            Path path = dir.resolve(file.name());
            if (Files.isRegularFile(path)) {
                files.put(file.name(), withFile(file.name(), () -> records.ingest(run, file, path)));
            }
        }
        for (LinkFile file : LinkFiles.ALL) {
            Path path = dir.resolve(file.name());
            if (Files.isRegularFile(path)) {
                files.put(file.name(), withFile(file.name(), () -> links.ingest(run, file, path)));
            }
        }
        Path callsPath = dir.resolve(CallsFile.NAME);
        if (Files.isRegularFile(callsPath)) {
            files.put(CallsFile.NAME, withFile(CallsFile.NAME, () -> calls.ingest(run, callsPath)));
        }
    }

    private interface FileLoad {
        FileReport load() throws IOException;
    }

    private static FileReport withFile(String name, FileLoad load) throws IOException {
        try {
            return load.load();
        } catch (IOException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new IOException(name + ": " + e.getMessage(), e.getCause());
        } catch (IngestFailedException e) {
            throw new IngestFailedException(name + ": " + e.getMessage(), e.getCause());
        }
    }
}
