package uk.toex.crosslink.ingest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tuning of the ingest writer. {@code crosslink.ingest.chunk-rows}: rows per write transaction
 * (default 2,000): larger chunks commit less often but hold more transaction state in the heap.
 */
@Component
class IngestSettings {

    private final int chunkRows;

    IngestSettings(@Value("${crosslink.ingest.chunk-rows:2000}") int chunkRows) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("crosslink.ingest.chunk-rows must be at least 1, got " + chunkRows);
        }
        this.chunkRows = chunkRows;
    }

    int chunkRows() {
        return chunkRows;
    }
}
