package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.toex.crosslink.resolution.normalise.DateOfBirth;
import uk.toex.crosslink.resolution.normalise.DobComparison;
import uk.toex.crosslink.resolution.normalise.JaroWinkler;
import uk.toex.crosslink.resolution.normalise.Transliteration;

/**
 * How a deployment's extra column is compared (docs/RESOLUTION.md, "Extra comparisons"): its
 * levels, best first and {@code MISSING} last, how a recorded value is normalised, and which
 * level a pair of normalised values reaches. Priors per level are rows {@code extra:<kind>} of
 * {@code resolution/model-priors.csv}; the weights themselves are trained like the built-in ones.
 */
public enum ExtraKind {
    /** Same value or not (a code, a category): folded to ASCII, case and punctuation ignored. */
    EXACT(List.of("MATCH", "DIFFERENT", "MISSING")),
    /** Free text such as a place of birth: exact, then Jaro-Winkler bands as for name parts. */
    TEXT(List.of("EXACT", "SIMILAR", "FUZZY", "DIFFERENT", "MISSING")),
    /** A number or reference: letters and digits only, one typing slip (two in eight characters or more) its own level. */
    IDENTIFIER(List.of("MATCH", "TYPO", "DIFFERENT", "MISSING")),
    /** A date, full or partial, with the date-of-birth levels. */
    DATE(Arrays.stream(DobComparison.values()).map(Enum::name).toList());

    private final List<String> levels;

    ExtraKind(List<String> levels) {
        this.levels = levels;
    }

    public List<String> levels() {
        return levels;
    }

    /** The level that means the two values disagree. */
    public String disagreement() {
        return "DIFFERENT";
    }

    /** The value as compared, or null when nothing comparable was recorded. */
    public String normalise(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        if (this == DATE) {
            return DateOfBirth.parse(recorded).map(d -> Integer.toString(d.pack())).orElse(null);
        }
        String folded = Transliteration.toAscii(recorded.strip(), false).toUpperCase(Locale.ROOT);
        String out = this == IDENTIFIER ? folded.replaceAll("[^A-Z0-9]", "")
                : folded.replaceAll("[^A-Z0-9]+", " ").strip();
        return out.isEmpty() ? null : out;
    }

    /** The position of the level two normalised values (neither null) reach. */
    public int level(String a, String b) {
        return levels.indexOf(compare(a, b));
    }

    /** The level two normalised values (neither null) reach, by name. */
    public String compare(String a, String b) {
        return switch (this) {
            case EXACT -> a.equals(b) ? "MATCH" : "DIFFERENT";
            case TEXT -> {
                double similarity = a.equals(b) ? 1 : JaroWinkler.similarity(a, b);
                yield similarity >= 1 ? "EXACT" : similarity >= NameLevel.SIMILAR_JW ? "SIMILAR"
                        : similarity >= NameLevel.FUZZY_JW ? "FUZZY" : "DIFFERENT";
            }
            case IDENTIFIER -> a.equals(b) ? "MATCH" : PairComparator.typingError(a, b) ? "TYPO" : "DIFFERENT";
            case DATE -> DobComparison.compare(Integer.parseInt(a), Integer.parseInt(b)).name();
        };
    }
}
