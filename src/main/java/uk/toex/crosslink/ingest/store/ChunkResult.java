package uk.toex.crosslink.ingest.store;

import java.util.List;

/**
 * How one written chunk's rows were classified.
 *
 * @param changedKeys keys of the records that were new or changed (for the ingest event)
 */
public record ChunkResult(long accepted, long updated, long unchanged, List<String> changedKeys) {
}
