package uk.toex.crosslink.demo.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.output.Row;

/**
 * Values for the columns each system holds beyond the contract (risk scores, officers' notes,
 * incident references...), which ingest must keep as extra properties. Notes contain commas,
 * quotes and line breaks, as free text does.
 */
public final class ExtraColumns {

    private static final List<String> NOTES = List.of(
            "", "", "", "Seen with associates in town centre",
            "Refused to give details, became \"agitated\"",
            "Interpreter required", "Gave different dob to officers\nChecked against PNC",
            "Known to use several phones", "Lives with partner and children",
            "Possible victim of exploitation, referred to MASH", "No fixed abode",
            "Works at car wash, cash in hand", "Details per passport, copy on file");
    private static final List<String> NOMINAL_TYPES = List.of("Suspect", "Victim", "Witness", "Other", "Informant");
    private static final List<String> MARKERS = List.of("", "", "WE", "VI", "DR", "SU", "VI|WE");
    private static final List<String> GRADES = List.of("IMMEDIATE", "PRIORITY", "SCHEDULED", "RESOLUTION");

    private ExtraColumns() {
    }

    public static void fill(Row row, List<String> columns, Dice dice, LocalDate on) {
        for (String column : columns) {
            row.set(column, value(column, dice, on));
        }
    }

    private static String value(String column, Dice dice, LocalDate on) {
        return switch (column) {
            case "risk_score" -> dice.chance(0.6) ? String.valueOf(dice.between(1, 100)) : "";
            case "officer_notes" -> dice.pick(NOTES);
            case "nominal_type" -> dice.pick(NOMINAL_TYPES);
            case "warning_markers" -> dice.pick(MARKERS);
            case "incident_ref" -> String.format(Locale.ROOT, "CAD-%04d%02d%02d-%04d", on.getYear(), on.getMonthValue(),
                    on.getDayOfMonth(), dice.between(1, 9999));
            case "call_grade" -> dice.pick(GRADES);
            case "custody_ref" -> dice.chance(0.3) ? "CU" + dice.digits(7, true) : "";
            case "intel_grade" -> "" + dice.pick("ABCDE") + dice.between(1, 5);
            case "source_ref" -> "SR-" + dice.digits(6, true);
            case "pnd_ref" -> "PND" + dice.digits(9, true);
            case "last_updated" -> on.plusDays(dice.between(0, 300)).toString();
            default -> "";
        };
    }
}
