package uk.toex.crosslink.demo.records;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;

/**
 * A date of birth as one record holds it: exact mostly, else missing, year only, year and month,
 * day and month swapped, a year out, a digit mistyped, or the 1st of January standing for "unknown".
 */
public final class DobStyles {

    private DobStyles() {
    }

    /**
     * @param format the batch's date pattern for full dates; partial dates are always {@code YYYY-MM} or
     *               {@code YYYY}, as the contract has them whatever the batch's pattern
     */
    public static String write(LocalDate dob, DateTimeFormatter format, double missing, Dice dice) {
        if (dice.chance(missing)) {
            return "";
        }
        double u = dice.unit();
        if (u < 0.04) {
            return String.valueOf(dob.getYear());
        }
        if (u < 0.07) {
            return String.format(Locale.ROOT, "%04d-%02d", dob.getYear(), dob.getMonthValue());
        }
        return format.format(vary(dob, u, dice));
    }

    private static LocalDate vary(LocalDate dob, double u, Dice dice) {
        if (u < 0.10 && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        }
        if (u < 0.125) {
            return dob.plusYears(dice.chance(0.5) ? 1 : -1);
        }
        if (u < 0.145) {
            return digitSlip(dob, dice);
        }
        if (u < 0.16) {
            return LocalDate.of(dob.getYear(), 1, 1);
        }
        return dob;
    }

    private static LocalDate digitSlip(LocalDate dob, Dice dice) {
        if (dice.chance(0.5)) {
            int year = dob.getYear() - dob.getYear() % 10 + dice.between(0, 9);
            return dob.withYear(year == dob.getYear() ? year + 1 : year);
        }
        int day = dob.getDayOfMonth() % 10 == 0 ? dob.getDayOfMonth() + 1 : dob.getDayOfMonth() - 1;
        return dob.withDayOfMonth(Math.max(1, Math.min(28, day)));
    }
}
