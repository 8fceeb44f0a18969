package uk.toex.crosslink.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * Offences added to the matrix world's batches for the analytics products (an
 * {@link MatrixHttpTest#addToBatch} file): VAWG, sexual and exploitation offences with suspects and
 * victims, each handled C or P independently of its person record, so that a caller may see a
 * record but not its offence or the offence but not its record. One offence lies outside the
 * profiles' three-year window; one makes a person seen by other forces a victim only through an
 * offence those forces may not see.
 */
final class MatrixOffences {

    /** One offence as a force holds it: one person record involved (offences.csv). */
    record Offence(String force, String recordId, String personRecordId, String involvement, String category,
                   String hoCode, int gravity, String committedOn, String handling) {

        String key() {
            return force + "/" + MatrixWorld.systemOf(force) + "/" + recordId;
        }

        Rec record() {
            return MatrixWorld.RECORDS.stream()
                    .filter(r -> r.force().equals(force) && r.recordId().equals(personRecordId)).findFirst().orElseThrow();
        }

        LocalDate date() {
            return LocalDate.parse(committedOn);
        }
    }

    static final List<Offence> OFFENCES = List.of(
            new Offence("NORFOLK", "N-O1", "N-P2", "SUSPECT", "VAWG", "008/71", 5, "2025-06-01", "C"),
            new Offence("NORFOLK", "N-O2", "N-C1", "SUSPECT", "SEXUAL", "019/07", 9, "2024-02-01", "P"),
            new Offence("NORFOLK", "N-O3", "N-P1", "SUSPECT", "MSHT", "", 7, "2025-09-01", "P"),
            new Offence("NORFOLK", "N-O4", "N-P3", "VICTIM", "VAWG", "105/05", 4, "2025-03-01", "P"),
            new Offence("SUFFOLK", "S-O1", "S-C2", "SUSPECT", "VAWG", "008/66", 6, "2025-10-01", "P"),
            // gravities differ within each group's offences, so that the gravest is one offence
            new Offence("SUFFOLK", "S-O2", "S-P1", "SUSPECT", "SEXUAL", "017/01", 9, "2023-06-01", "C"),
            // Dan is a victim only through an offence that Suffolk alone may see
            new Offence("SUFFOLK", "S-O3", "S-P1", "VICTIM", "VAWG", "008/71", 3, "2024-11-01", "C"),
            // the missing person exploited
            new Offence("SUFFOLK", "S-O4", "S-P4", "VICTIM", "MSHT", "", 7, "2025-08-01", "C"),
            // older than the three-year window: counts for gravity and recency only
            new Offence("SUFFOLK", "S-O5", "S-C1", "SUSPECT", "CSE", "", 8, "2022-06-01", "P"));

    private MatrixOffences() {
    }

    /** Writes the force's offences.csv into its batch folder. */
    static void write(Path batch, String force) {
        try {
            MatrixBatches.csv(batch, "offences.csv", List.of("record_id", "person_record_id", "involvement", "category",
                    "ho_code", "gravity", "committed_on", "handling"), OFFENCES.stream().filter(o -> o.force().equals(force))
                    .map(o -> List.of(o.recordId(), o.personRecordId(), o.involvement(), o.category(), o.hoCode(),
                            String.valueOf(o.gravity()), o.committedOn(), MatrixBatches.handling(force, o.handling())))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
