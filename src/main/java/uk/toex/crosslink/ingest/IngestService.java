package uk.toex.crosslink.ingest;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.ingest.store.IngestWriter;
import uk.toex.crosslink.resolution.service.PersonRecordsIngested;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * Loads one batch folder in the canonical ingest format (shared/contract/ingest-format.md) into
 * the running store. Bad rows are rejected and reported; everything else loads. Running a batch
 * again changes nothing. Person records added or changed are announced for resolution.
 */
@Service
public class IngestService {

    private final BatchLoader loader;
    private final IngestWriter writer;
    private final ApplicationEventPublisher events;
    // One batch at a time per process: a chunk classifies its rows and then creates the new ones,
    // so two runs of the same source at once would race to create the same records; and one
    // writer already keeps the store busy.
    private final ReentrantLock oneAtATime = new ReentrantLock(true);

    IngestService(IngestWriter writer, ApplicationEventPublisher events, CrosslinkProperties properties,
                  IngestSettings settings) {
        this.loader = new BatchLoader(settings.chunkRows(), settings.writers(), properties.dataDir().resolve("rejects"));
        this.writer = writer;
        this.events = events;
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
            return loader.load(dir, manifest, options, writer, keys -> events.publishEvent(new PersonRecordsIngested(keys)));
        } finally {
            oneAtATime.unlock();
        }
    }
}
