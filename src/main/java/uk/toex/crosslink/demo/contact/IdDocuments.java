package uk.toex.crosslink.demo.contact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.names.Diacritics;

/**
 * Identity documents a person holds, numbered in the shape of the issuing country's scheme
 * (UK driving licence built from surname and birth date, Romanian CNP and Bulgarian EGN from the
 * birth date, NINO, PNC ids). Shapes are plausible, not valid: check digits are not computed.
 */
public final class IdDocuments {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTWXYZ";

    private IdDocuments() {
    }

    public static List<IssuedDocument> issue(String country, char gender, LocalDate dob, String family, String given,
            boolean knownToPolice, Dice dice) {
        List<IssuedDocument> documents = new ArrayList<>();
        boolean british = country.equals("GB");
        boolean adult = !dob.plusYears(17).isAfter(LocalDate.of(2024, 6, 30)); // NINO at 16, licence at 17
        if (dice.chance(british ? 0.3 : 0.75)) {
            documents.add(new IssuedDocument("PASSPORT", passport(country, dice)));
        }
        if (!british && dice.chance(0.5)) {
            documents.add(new IssuedDocument("NATIONAL_ID", nationalId(country, gender, dob, dice)));
        }
        if (adult && dice.chance(british ? 0.45 : 0.25)) {
            documents.add(new IssuedDocument("NINO", dice.pick(LETTERS) + "" + dice.pick("ABCEHJKLMNPRSTWXYZ")
                    + dice.digits(6, false) + dice.pick("ABCD")));
        }
        if (adult && dice.chance(british ? 0.5 : 0.15)) {
            documents.add(new IssuedDocument("DRIVING_LICENCE", drivingLicence(family, given, gender, dob, dice)));
        }
        if (knownToPolice || dice.chance(0.1)) {
            documents.add(new IssuedDocument("PNC", String.format(Locale.ROOT, "%02d/%06d%c",
                    dice.between(0, 23), dice.between(1, 999999), dice.pick(LETTERS))));
        }
        return documents;
    }

    /** The same document with a digit or two keyed wrongly. */
    public static IssuedDocument mistyped(IssuedDocument document, Dice dice) {
        char[] chars = document.number().toCharArray();
        for (int tries = 0; tries < 8; tries++) {
            int at = dice.between(0, chars.length - 1);
            if (Character.isDigit(chars[at])) {
                chars[at] = (char) ('0' + (chars[at] - '0' + dice.between(1, 9)) % 10);
                break;
            }
        }
        return new IssuedDocument(document.type(), new String(chars));
    }

    private static String passport(String country, Dice dice) {
        return switch (country) {
            case "HU", "PL", "SK", "AL", "LT" -> "" + dice.pick(LETTERS) + dice.pick(LETTERS) + dice.digits(7, false);
            case "VN" -> dice.pick("BCN") + dice.digits(7, false);
            default -> dice.digits(9, true);
        };
    }

    private static String nationalId(String country, char gender, LocalDate dob, Dice dice) {
        String date = String.format(Locale.ROOT, "%02d%02d%02d", dob.getYear() % 100, dob.getMonthValue(), dob.getDayOfMonth());
        return switch (country) {
            case "RO" -> (gender == 'F' ? "2" : "1") + date + dice.digits(6, false);
            case "BG" -> date + dice.digits(4, false);
            case "PL", "LT" -> date + dice.digits(5, false);
            case "HU" -> dice.digits(6, false) + dice.pick(LETTERS) + dice.pick(LETTERS);
            case "SK" -> "" + dice.pick(LETTERS) + dice.pick(LETTERS) + dice.digits(6, false);
            case "VN" -> dice.digits(12, false);
            default -> dice.digits(9, true);
        };
    }

    private static String drivingLicence(String family, String given, char gender, LocalDate dob, Dice dice) {
        String surname = (Diacritics.strip(family).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "") + "99999").substring(0, 5);
        int month = dob.getMonthValue() + (gender == 'F' ? 50 : 0);
        String initial = Diacritics.strip(given).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return String.format(Locale.ROOT, "%s%d%02d%02d%d%s9%d%c%c", surname, (dob.getYear() / 10) % 10, month,
                dob.getDayOfMonth(), dob.getYear() % 10, (initial.isEmpty() ? "X" : initial.substring(0, 1)) + "9",
                dice.between(0, 9), dice.pick(LETTERS), dice.pick(LETTERS));
    }
}
