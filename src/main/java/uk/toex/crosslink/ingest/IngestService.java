package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.ingest.files.CallsFile;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.LinkFiles;
import uk.toex.crosslink.ingest.files.RecordFile;
import uk.toex.crosslink.ingest.files.RecordFiles;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * Loads one batch folder in the canonical ingest format (shared/contract/ingest-format.md):
 * record files first, then the link files that point into them, then calls. Bad rows are
 * rejected and reported; everything else loads. Running a batch again changes nothing.
 */
@Service
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final RecordFileIngester records;
    private final LinkFileIngester links;
    private final CallsFileIngester calls;
    private final BatchNode batchNode;
    private final ApplicationEventPublisher events;
    private final Path fallbackRejectDir;
    private final int writers;
    // One batch at a time per process: a chunk classifies its rows and then creates the new ones,
    // so two runs of the same source at once would race to create the same records; and one
    // writer already keeps the store busy.
    private final java.util.concurrent.locks.ReentrantLock oneAtATime = new java.util.concurrent.locks.ReentrantLock(true);

    IngestService(RecordFileIngester records, LinkFileIngester links, CallsFileIngester calls, BatchNode batchNode,
                  ApplicationEventPublisher events, CrosslinkProperties properties, IngestSettings settings) {
        this.records = records;
        this.links = links;
        this.calls = calls;
        this.batchNode = batchNode;
        this.events = events;
        this.fallbackRejectDir = properties.dataDir().resolve("rejects");
        this.writers = settings.writers();
    }

    /** @throws BatchRefusedException when the folder or its manifest is unusable (nothing loaded) */
    public IngestReport ingest(Path batchDir) {
        return ingest(batchDir, IngestOptions.defaults());
    }

    public IngestReport ingest(Path batchDir, IngestOptions options) {
        Path dir = batchDir.toAbsolutePath().normalize();
        Manifest manifest = ManifestReader.read(dir);
        oneAtATime.lock();
        try {
            return load(dir, manifest, options);
        } finally {
            oneAtATime.unlock();
        }
    }

    private IngestReport load(Path dir, Manifest manifest, IngestOptions options) {
        long started = System.nanoTime();
        Map<String, FileReport> files = new LinkedHashMap<>();
        IngestReport report;
        try (BatchRun run = new BatchRun(manifest, dir, options, fallbackRejectDir, writers)) {
            batchNode.start(run, options.source());
            try {
                loadFiles(run, dir, files);
                run.close();
                report = BatchReports.of(run, "done", files, BatchReports.ignoredFiles(dir), started);
                batchNode.finish(run, report);
            } catch (RuntimeException | IOException e) {
                batchNode.failed(run);
                throw e instanceof IOException io ? new IngestFailedException(io.getMessage(), io)
                        : e instanceof IngestFailedException failed ? failed
                        : new IngestFailedException(e.getMessage(), e);
            }
            log.info("Batch {} ingested: {} rows, {} new, {} updated, {} unchanged, {} rejected", run.batchId,
                    report.rows(), report.accepted(), report.updated(), report.unchanged(), report.rejected());
            if (!run.changedPersonKeys.isEmpty()) {
                events.publishEvent(new PersonRecordsIngested(List.copyOf(run.changedPersonKeys)));
            }
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
