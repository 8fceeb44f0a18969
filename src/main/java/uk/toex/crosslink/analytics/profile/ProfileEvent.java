package uk.toex.crosslink.analytics.profile;

import java.time.LocalDate;

/**
 * One event behind a profile score: an offence (key = offence key, record = the person record
 * involved) or a flagged record (key = record = the record's key, label = the flag).
 *
 * @param gravitySource where the gravity came from, for the explanation ("record", "table")
 */
public record ProfileEvent(String key, String record, String force, String label, LocalDate date, int gravity,
                           String gravitySource, boolean offence) {

    public String describe() {
        return (offence ? "offence " : "record ") + key + " (" + label + ", gravity " + gravity + " from the "
                + gravitySource + (date == null ? ", undated)" : ", " + date + ")");
    }
}
