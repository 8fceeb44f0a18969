package uk.toex.crosslink.ingest.store;

import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.RecordFile;

/**
 * Where validated chunks of a batch go. {@link StoreIngestWriter} writes them to a running store
 * in transactions; a first load into a new embedded store stages them for the offline importer
 * ({@code ingest.bulk}). Either way the result is the same graph and the same counts.
 */
public interface IngestWriter {

    ChunkResult records(RecordFile file, List<KeyedRow> rows, Map<String, Object> batch);

    ChunkResult links(LinkFile file, List<KeyedRow> rows, Map<String, Object> batch);

    /** @param source {@code FORCE/SYSTEM} of the calls */
    ChunkResult calls(String source, List<Map<String, Object>> pairs, Map<String, Object> batch);

    /** The {@code Batch} node as the run starts ({@code props} as in docs/MODEL.md). */
    void batchStarted(Map<String, Object> props, Map<String, Object> batch);

    /** Completes the {@code Batch} node with the run's outcome and counts. */
    void batchFinished(Map<String, Object> props, Map<String, Object> batch);
}
