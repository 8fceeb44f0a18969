package uk.toex.crosslink.demo.records;

import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.Weighted;

/**
 * Offence categories with Home Office offence classification codes (class/subclass) and the
 * gravity range they usually carry. Codes are plausible for the category, not an authoritative list.
 */
public final class OffenceCatalogue {

    /** An offence kind: its HO code and gravity range 1..10. */
    public record Kind(String category, String hoCode, int gravityLow, int gravityHigh) {
    }

    private static final Map<String, List<Kind>> KINDS = Map.of(
            "VIOLENCE", List.of(new Kind("VIOLENCE", "105/01", 2, 4), new Kind("VIOLENCE", "008/01", 5, 7),
                    new Kind("VIOLENCE", "005/01", 9, 10), new Kind("VIOLENCE", "008/06", 7, 9)),
            "DRUGS", List.of(new Kind("DRUGS", "092/01", 6, 9), new Kind("DRUGS", "092/03", 5, 7),
                    new Kind("DRUGS", "092/50", 1, 3)),
            "VAWG", List.of(new Kind("VAWG", "008/71", 4, 6), new Kind("VAWG", "008/66", 5, 7),
                    new Kind("VAWG", "105/05", 3, 5)),
            "SEXUAL", List.of(new Kind("SEXUAL", "019/07", 9, 10), new Kind("SEXUAL", "017/01", 6, 8),
                    new Kind("SEXUAL", "088/01", 2, 4)),
            "MSHT", List.of(new Kind("MSHT", "106/01", 9, 10), new Kind("MSHT", "106/02", 8, 9),
                    new Kind("MSHT", "053/02", 6, 7)),
            "CSE", List.of(new Kind("CSE", "022/01", 8, 10), new Kind("CSE", "086/01", 6, 8),
                    new Kind("CSE", "071/05", 7, 9)),
            "ACQUISITIVE", List.of(new Kind("ACQUISITIVE", "030/01", 4, 5), new Kind("ACQUISITIVE", "046/00", 1, 2),
                    new Kind("ACQUISITIVE", "034/01", 6, 7)));
    private static final Weighted<String> EVERYDAY = new Weighted<String>()
            .add("VIOLENCE", 30).add("DRUGS", 18).add("VAWG", 20).add("ACQUISITIVE", 20).add("SEXUAL", 6)
            .add("MSHT", 3).add("CSE", 3);
    private static final List<String> OUTCOMES = List.of("CHARGED", "CHARGED", "CAUTIONED", "NFA",
            "EVIDENTIAL_DIFFICULTIES", "VICTIM_DECLINED", "UNDER_INVESTIGATION", "COMMUNITY_RESOLUTION", "CONVICTED", "");

    private OffenceCatalogue() {
    }

    public static Kind everyday(Dice dice) {
        return of(EVERYDAY.draw(dice), dice);
    }

    public static Kind of(String category, Dice dice) {
        return dice.pick(KINDS.get(category));
    }

    public static String outcome(Dice dice) {
        return dice.pick(OUTCOMES);
    }
}
