package uk.toex.crosslink.ingest.store;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.RecordFile;

/** Writes batches to the running store, one transaction per chunk (the Cypher of cypher/ingest). */
@Component
public class StoreIngestWriter implements IngestWriter {

    private final RecordChunkWriter records;
    private final LinkChunkWriter links;
    private final CallPairWriter calls;
    private final IngestCypher cypher;

    public StoreIngestWriter(IngestCypher cypher) {
        this.records = new RecordChunkWriter(cypher);
        this.links = new LinkChunkWriter(cypher);
        this.calls = new CallPairWriter(cypher);
        this.cypher = cypher;
    }

    @Override
    public ChunkResult records(RecordFile file, List<KeyedRow> rows, Map<String, Object> batch) {
        return records.write(file, rows, batch);
    }

    @Override
    public ChunkResult links(LinkFile file, List<KeyedRow> rows, Map<String, Object> batch) {
        return links.write(file.cypher(), rows, batch);
    }

    @Override
    public ChunkResult calls(String source, List<Map<String, Object>> pairs, Map<String, Object> batch) {
        return calls.write(source, pairs, batch);
    }

    @Override
    public void batchStarted(Map<String, Object> props, Map<String, Object> batch) {
        cypher.runAlone("batch-start", batch, Map.of("props", props));
    }

    @Override
    public void batchFinished(Map<String, Object> props, Map<String, Object> batch) {
        cypher.runAlone("batch-finish", batch, Map.of("props", props));
    }
}
