package uk.toex.crosslink.demo.names;

import java.util.ArrayList;
import java.util.List;
import uk.toex.crosslink.demo.Dice;

/**
 * The name a person gives on one occasion, before any system's writing habits: a diminutive
 * (Bill, Laci, Сашо) instead of the given name, the second given name kept, hyphenated or dropped,
 * a double-barrelled family name cut short, "Jr" or not; and the aliases a record may list.
 */
public final class SpokenName {

    private SpokenName() {
    }

    public static String given(Population population, GivenName given, String middle, boolean junior, Dice dice) {
        String first = given.name();
        boolean diminutive = !given.diminutives().isEmpty() && dice.chance(0.1);
        if (diminutive) {
            first = dice.pick(given.diminutives());
        }
        String written = first;
        if (middle != null && (!diminutive || population == Population.VIETNAMESE)) {
            if (population == Population.VIETNAMESE) {
                written = dice.chance(0.8) ? middle + " " + first : first;
            } else if (dice.chance(0.45)) {
                written = first + (dice.chance(0.2) ? "-" : " ") + middle;
            }
        }
        if (junior && dice.chance(0.35)) {
            written = written + dice.pick(List.of(" Jr", " Jnr", " JUNIOR"));
        }
        return written;
    }

    public static String family(String family, Dice dice) {
        if (family.indexOf('-') > 0) {
            double u = dice.unit();
            String[] parts = family.split("-", 2);
            return u < 0.25 ? parts[0] : u < 0.35 ? parts[1] : u < 0.5 ? parts[0] + " " + parts[1] : family;
        }
        if (family.indexOf('\'') > 0 && dice.chance(0.3)) {
            return dice.chance(0.5) ? family.replace("'", "") : family.replace("'", " ");
        }
        return family;
    }

    /**
     * Other names a record lists: a diminutive, a birth name, the Latin spelling of a Cyrillic name.
     */
    public static List<String> aliases(Population population, GivenName given, String family, String birthFamily,
            double chance, Dice dice) {
        List<String> aliases = new ArrayList<>();
        if (!dice.chance(chance)) {
            return aliases;
        }
        if (!given.diminutives().isEmpty() && dice.chance(0.6)) {
            aliases.add(NameStyles.latin(population, dice.pick(given.diminutives()) + " " + family));
        }
        if (birthFamily != null && !birthFamily.equals(family) && dice.chance(0.7)) {
            aliases.add(NameStyles.latin(population, given.name() + " " + birthFamily));
        }
        if (population.script() == Population.Script.CYRILLIC && dice.chance(0.5)) {
            aliases.add(NameStyles.latin(population, given.name() + " " + family));
        }
        if (aliases.isEmpty()) {
            aliases.add(Diacritics.strip(NameStyles.latin(population, family + " " + given.name())));
        }
        return aliases;
    }
}
