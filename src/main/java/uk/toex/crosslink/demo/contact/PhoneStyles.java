package uk.toex.crosslink.demo.contact;

import uk.toex.crosslink.demo.Dice;

/**
 * A number written the way people and systems write it: {@code 07700900123}, {@code 07700 900123},
 * {@code +44 7700 900123}, {@code 0044 7700 900 123}, {@code +36 30 123 4567}, or in the caller's
 * national form ({@code 06 30 123 4567}), which does not even normalise to the same number.
 */
public final class PhoneStyles {

    private PhoneStyles() {
    }

    public static String write(PhoneNumber number, Dice dice) {
        return number.dialCode().equals("44") ? uk(number.national(), dice) : foreign(number, dice);
    }

    /** As call data records hold numbers: international digits, with or without {@code +}. */
    public static String callRecord(PhoneNumber number, boolean plus) {
        return (plus ? "+" : "") + number.dialCode() + number.national();
    }

    private static String uk(String n, Dice dice) {
        boolean mobile = n.startsWith("7");
        int split = mobile ? 4 : n.startsWith("2") ? 2 : n.length() - 6; // 024 7612 3456 style for 02x codes
        String head = n.substring(0, split);
        String tail = n.substring(split);
        double u = dice.unit();
        if (u < 0.35) {
            return "0" + n;
        }
        if (u < 0.55) {
            return "0" + head + " " + tail;
        }
        if (u < 0.70) {
            return "+44 " + head + " " + tail;
        }
        if (u < 0.80) {
            return "+44" + n;
        }
        if (u < 0.88) {
            return "0044 " + head + " " + tail.substring(0, 3) + " " + tail.substring(3);
        }
        if (u < 0.94) {
            return "(0" + head + ") " + tail;
        }
        return "0" + head + "-" + tail.substring(0, 3) + "-" + tail.substring(3);
    }

    private static String foreign(PhoneNumber number, Dice dice) {
        String grouped = group(number.dialCode(), number.national());
        double u = dice.unit();
        if (u < 0.45) {
            return "+" + number.dialCode() + " " + grouped;
        }
        if (u < 0.70) {
            return "+" + number.dialCode() + number.national();
        }
        if (u < 0.85) {
            return "00" + number.dialCode() + " " + grouped;
        }
        if (u < 0.93) {
            return "00" + number.dialCode() + number.national();
        }
        String trunk = number.dialCode().equals("36") ? "06" : number.dialCode().equals("7") ? "8" : "0";
        return trunk + " " + grouped;
    }

    /** The country's usual grouping: {@code 30 123 4567} (HU, BG, AL, VN), {@code 712 345 678} (RO, PL, SK)... */
    static String group(String dialCode, String n) {
        return switch (dialCode) {
            case "36", "359", "355", "84" -> n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5);
            case "370" -> n.substring(0, 3) + " " + n.substring(3);
            case "380" -> n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5, 7) + " " + n.substring(7);
            case "7" -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6, 8) + " " + n.substring(8);
            default -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
        };
    }
}
