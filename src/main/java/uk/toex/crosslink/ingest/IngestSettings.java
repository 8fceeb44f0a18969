package uk.toex.crosslink.ingest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tuning of the ingest writer. {@code crosslink.ingest.chunk-rows}: rows per write transaction
 * (default 2,000): larger chunks commit less often but hold more transaction state in the heap.
 * {@code crosslink.ingest.writers}: chunks written at once (default 1: on 2 cores a second writer
 * only competes with the parsing thread and the JIT; raise it on machines with more cores).
 */
@Component
class IngestSettings {

    private final int chunkRows;
    private final int writers;

    IngestSettings(@Value("${crosslink.ingest.chunk-rows:2000}") int chunkRows,
                   @Value("${crosslink.ingest.writers:1}") int writers) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("crosslink.ingest.chunk-rows must be at least 1, got " + chunkRows);
        }
        if (writers < 1 || writers > 16) {
            throw new IllegalArgumentException("crosslink.ingest.writers must be 1 to 16, got " + writers);
        }
        this.chunkRows = chunkRows;
        this.writers = writers;
    }

    int chunkRows() {
        return chunkRows;
    }

    int writers() {
        return writers;
    }
}
