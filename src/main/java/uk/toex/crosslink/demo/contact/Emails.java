package uk.toex.crosslink.demo.contact;

import java.util.Locale;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.names.Diacritics;

/** E-mail addresses made from a person's names, on a host usual for their population. */
public final class Emails {

    private Emails() {
    }

    public static String make(String given, String family, int birthYear, String host, Dice dice) {
        String g = local(given);
        String f = local(family);
        String name = switch (dice.between(0, 3)) {
            case 0 -> g + "." + f;
            case 1 -> g + f;
            case 2 -> g.charAt(0) + f;
            default -> g + "_" + f;
        };
        String suffix = dice.chance(0.5) ? String.format(Locale.ROOT, "%02d", birthYear % 100)
                : dice.chance(0.5) ? String.valueOf(dice.between(1, 999)) : "";
        return name + suffix + "@" + host;
    }

    private static String local(String name) {
        String ascii = Diacritics.strip(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return ascii.isEmpty() ? "user" : ascii;
    }
}
