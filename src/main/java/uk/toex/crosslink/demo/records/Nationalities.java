package uk.toex.crosslink.demo.records;

import java.util.Map;
import uk.toex.crosslink.demo.Dice;

/** A nationality written as ISO alpha-2, alpha-3 or a country name, or left empty. */
public final class Nationalities {

    private static final Map<String, String[]> COUNTRIES = Map.ofEntries(
            Map.entry("GB", new String[] {"GBR", "United Kingdom"}),
            Map.entry("PL", new String[] {"POL", "Poland"}),
            Map.entry("RO", new String[] {"ROU", "Romania"}),
            Map.entry("HU", new String[] {"HUN", "Hungary"}),
            Map.entry("BG", new String[] {"BGR", "Bulgaria"}),
            Map.entry("SK", new String[] {"SVK", "Slovakia"}),
            Map.entry("CZ", new String[] {"CZE", "Czech Republic"}),
            Map.entry("AL", new String[] {"ALB", "Albania"}),
            Map.entry("XK", new String[] {"XKX", "Kosovo"}),
            Map.entry("VN", new String[] {"VNM", "Vietnam"}),
            Map.entry("LT", new String[] {"LTU", "Lithuania"}),
            Map.entry("UA", new String[] {"UKR", "Ukraine"}),
            Map.entry("RU", new String[] {"RUS", "Russia"}));

    private Nationalities() {
    }

    public static String write(String alpha2, Dice dice) {
        String[] other = COUNTRIES.get(alpha2);
        double u = dice.unit();
        if (u < 0.15 || other == null) {
            return u < 0.15 ? "" : alpha2;
        }
        return u < 0.55 ? alpha2 : u < 0.8 ? other[0] : other[1];
    }
}
