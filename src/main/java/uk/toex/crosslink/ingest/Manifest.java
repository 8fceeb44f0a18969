package uk.toex.crosslink.ingest;

import java.time.LocalDate;

/**
 * A batch's {@code manifest.json}: whose extract it is and how to read it.
 *
 * @param dateFormat java.time pattern of the batch's dates, or null for ISO
 * @param handling   default handling code {@code P} or {@code C}, or null when not given; a record
 *                   with no handling is treated as {@code C} by the visibility rule
 */
public record Manifest(String force, String system, LocalDate extracted, String dateFormat, String handling) {

    public String source() {
        return force + "/" + system;
    }

    public String recordKey(String recordId) {
        return force + "/" + system + "/" + recordId;
    }
}
