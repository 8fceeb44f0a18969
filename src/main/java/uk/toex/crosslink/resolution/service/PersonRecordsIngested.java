package uk.toex.crosslink.resolution.service;

import java.util.List;

/**
 * Published (synchronously, after the batch's writes are committed) when an ingest run has
 * added or changed person records, so resolution can place them on arrival.
 *
 * @param recordKeys {@code FORCE/SYSTEM/RECORD_ID} keys of the new or changed records
 */
public record PersonRecordsIngested(List<String> recordKeys) {
}
