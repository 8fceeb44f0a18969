package uk.toex.crosslink.demo.records;

import java.time.LocalDate;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.output.BatchOutput;
import uk.toex.crosslink.demo.output.CsvKind;
import uk.toex.crosslink.demo.output.SystemRecordIds;

/** offences.csv rows: one row per person involved, dated around the record it came with. */
public final class Offences {

    private Offences() {
    }

    public static void write(BatchOutput batch, String personId, String involvement, OffenceCatalogue.Kind kind,
            LocalDate around, Dice dice) {
        LocalDate committed = around.minusDays(dice.between(0, 40));
        LocalDate reported = committed.plusDays(dice.chance(0.7) ? dice.between(0, 3) : dice.between(4, 400));
        if (reported.isAfter(batch.source().extracted())) {
            reported = batch.source().extracted();
        }
        batch.row(CsvKind.OFFENCES)
                .set("record_id", batch.nextId(SystemRecordIds.Kind.OFFENCE))
                .set("person_record_id", personId)
                .set("involvement", involvement)
                .set("category", kind.category())
                .set("ho_code", kind.hoCode())
                .set("gravity", String.valueOf(dice.between(kind.gravityLow(), kind.gravityHigh())))
                .set("committed_on", dice.chance(0.05) ? "" : batch.date(committed))
                .set("reported_on", batch.date(reported))
                .set("outcome", OffenceCatalogue.outcome(dice))
                .set("handling", Handling.row(dice))
                .set("crime_ref", String.format(Locale.ROOT, "%s/%05d/%02d", batch.source().abbreviation(),
                        dice.between(1, 99999), reported.getYear() % 100))
                .write();
    }
}
