package uk.toex.crosslink.resolution.service;

import java.util.List;

/**
 * Published (synchronously, after the batch's writes are committed) at the end of every batch
 * that completed, with the person records it added or changed (possibly none), so resolution can
 * place them on arrival, and with them any records a run that died left waiting.
 *
 * @param recordKeys {@code FORCE/SYSTEM/RECORD_ID} keys of the new or changed records
 */
public record PersonRecordsIngested(List<String> recordKeys) {
}
