package uk.toex.crosslink.ingest;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import uk.toex.crosslink.ingest.files.BatchDates;
import uk.toex.crosslink.ingest.files.RowParser;
import uk.toex.crosslink.ingest.store.IngestWriter;

/** The state of one batch while it loads: identity, rejections, record ids seen, writer. */
final class BatchRun implements AutoCloseable {

    static final int LISTED_REJECTIONS = 10_000;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    final Manifest manifest;
    final Path dir;
    final String batchId;
    final ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    final RowParser parser;
    final WritePipeline pipeline;
    final IngestProgress progress;
    final IngestWriter writer;
    final List<String> changedPersonKeys = new ArrayList<>();
    private final RejectFile rejectFile;
    private final List<Rejection> listed = new ArrayList<>();
    private long notListed;
    private final Map<String, SeenRecordIds> ids = new HashMap<>();

    BatchRun(Manifest manifest, Path dir, IngestOptions options, Path fallbackRejectDir, int writers,
             IngestWriter writer) {
        this.writer = writer;
        this.pipeline = new WritePipeline(writers);
        this.manifest = manifest;
        this.dir = dir;
        this.batchId = manifest.force() + "-" + manifest.system() + "-" + manifest.extracted() + "-"
                + now.format(STAMP) + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt() & 0xffff, 4);
        this.parser = new RowParser(new BatchDates(manifest.dateFormat()));
        this.progress = options.progress();
        Path preferred = options.rejectDir() == null ? dir : options.rejectDir();
        this.rejectFile = new RejectFile(preferred, options.rejectDir() == null ? fallbackRejectDir : null, batchId);
    }

    /** The {@code $batch} parameter of every ingest statement. */
    Map<String, Object> batchParam() {
        return Map.of("id", batchId, "extracted", manifest.extracted(), "now", now);
    }

    void reject(Rejection rejection) {
        rejectFile.write(rejection);
        if (listed.size() < LISTED_REJECTIONS) {
            listed.add(new Rejection(rejection.file(), rejection.line(), rejection.column(), rejection.reason(), null));
        } else {
            notListed++;
        }
    }

    SeenRecordIds ids(String file) {
        return ids.computeIfAbsent(file, f -> new SeenRecordIds());
    }

    List<Rejection> listedRejections() {
        return List.copyOf(listed);
    }

    long rejectionsNotListed() {
        return notListed;
    }

    Path rejectPath() {
        return rejectFile.path();
    }

    @Override
    public void close() {
        pipeline.close();
        rejectFile.close();
    }
}
