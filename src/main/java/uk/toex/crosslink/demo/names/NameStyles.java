package uk.toex.crosslink.demo.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.demo.Dice;

/**
 * Writes a person's name the way one record would: a diminutive for the given name, the second
 * given name kept, hyphenated or dropped, Cyrillic kept or transliterated one of several ways,
 * diacritics dropped or varied, a keying error, capitals, family name first or in the wrong field,
 * or the whole name in one field ({@code LAKATOS, Atila}).
 */
public final class NameStyles {

    private static final double[] SCHEME_WEIGHTS = {0.55, 0.65, 0.85, 1.0};

    private NameStyles() {
    }

    /**
     * @param spoken   the name parts as the person gave them this time (before any writing habit)
     * @param keepCyrillic chance a Cyrillic name stays in Cyrillic
     * @param upperFamily  chance the family name is in capitals
     * @param singleField  chance the whole name goes into one field
     */
    public static RecordedName write(Population population, String given, String family, double keepCyrillic,
            double upperFamily, double singleField, Dice dice) {
        if (population.script() == Population.Script.CYRILLIC && !dice.chance(keepCyrillic)) {
            int scheme = dice.pick(SCHEME_WEIGHTS);
            given = latin(population, given, scheme);
            family = latin(population, family, dice.chance(0.8) ? scheme : dice.pick(SCHEME_WEIGHTS));
        } else {
            given = diacritics(given, dice);
            family = diacritics(family, dice);
        }
        if (dice.chance(0.05)) {
            given = Typos.apply(given, dice);
        }
        if (dice.chance(0.07)) {
            family = Typos.apply(family, dice);
        }
        if (dice.chance(upperFamily)) {
            family = family.toUpperCase(Locale.ROOT);
        }
        if (dice.chance(0.04)) {
            given = given.toUpperCase(Locale.ROOT);
            family = family.toUpperCase(Locale.ROOT);
        }
        return arrange(population, given, family, singleField, dice);
    }

    private static RecordedName arrange(Population population, String given, String family, double singleField,
            Dice dice) {
        if (dice.chance(singleField)) {
            if (dice.chance(0.6)) {
                return new RecordedName("", family.toUpperCase(Locale.ROOT) + ", " + given, List.of());
            }
            boolean familyFirst = population.familyFirst() ? dice.chance(0.8) : dice.chance(0.1);
            return new RecordedName("", familyFirst ? family + " " + given : given + " " + family, List.of());
        }
        if (dice.chance(population.familyFirst() ? 0.3 : 0.03)) {
            return new RecordedName(family, given, List.of());
        }
        return new RecordedName(given, family, List.of());
    }

    /** The official Latin spelling of a Cyrillic name (used for e-mails and aliases). */
    public static String latin(Population population, String name) {
        return latin(population, name, 0);
    }

    private static String latin(Population population, String name, int scheme) {
        if (population.script() != Population.Script.CYRILLIC) {
            return name;
        }
        List<String> words = new ArrayList<>();
        for (String word : name.split(" ")) {
            List<String> spellings = CyrillicSpellings.of(population, word);
            words.add(spellings.get(Math.min(scheme, spellings.size() - 1)));
        }
        return String.join(" ", words);
    }

    private static String diacritics(String name, Dice dice) {
        if (!Diacritics.present(name)) {
            return name;
        }
        double u = dice.unit();
        return u < 0.35 ? Diacritics.strip(name) : u < 0.5 ? Diacritics.vary(name, dice) : name;
    }
}
