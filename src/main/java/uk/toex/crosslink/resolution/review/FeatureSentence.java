package uk.toex.crosslink.resolution.review;

import java.util.Locale;
import java.util.Map;
import uk.toex.crosslink.resolution.engine.PairExplanation.FeatureWeight;

/** One sentence an analyst reads for a compared feature ("given names are nickname forms: Becky / Rebecca"). */
final class FeatureSentence {

    private static final Map<String, String> LABELS = Map.of("familyName", "family name", "givenNames", "given names",
            "dob", "date of birth", "phones", "phone numbers", "emails", "email addresses", "idDocuments",
            "identity documents", "address", "address", "gender", "gender", "nationality", "nationality");

    private FeatureSentence() {
    }

    static String of(FeatureWeight f) {
        if (f.feature().equals("prior")) {
            return "how likely two records are one person before anything is compared";
        }
        if (f.feature().equals("contradiction")) {
            return "forbids linking these records whatever the score: " + contradiction(f.comparison());
        }
        // a deployment's extra column reads by its column name ("same placeofbirth column: ..")
        String label = f.feature().startsWith("extra.") ? f.feature().substring("extra.".length()) + " column"
                : LABELS.getOrDefault(f.feature(), f.feature());
        String values = f.valueA() == null || f.valueB() == null ? "" : ": " + f.valueA() + " / " + f.valueB();
        return switch (f.comparison()) {
            case "EXACT", "MATCH" -> "same " + label + values;
            case "NICKNAME" -> label + " are nickname forms" + values;
            case "TRANSLITERATED" -> "same " + label + " in another script or spelling" + values;
            case "PHONETIC" -> label + " sound alike" + values;
            case "SKELETON" -> label + " have the same consonants (a script written without vowels)" + values;
            case "SIMILAR", "TYPO", "ONE_DIGIT" -> label + " differ by a typing slip" + values;
            case "TRANSPOSED" -> label + " with day and month swapped" + values;
            case "PARTIAL" -> label + " agree as far as both are known" + values;
            case "YEAR_OFF_BY_ONE" -> label + " a year apart" + values;
            case "DECADE_SLIP" -> label + " a decade or century apart, otherwise close (a mistyped digit)" + values;
            case "INITIAL" -> label + " agree only on an initial" + values;
            case "FUZZY" -> label + " are alike, but not closely" + values;
            case "SAME_ADDRESS" -> "same address" + values;
            case "SIMILAR_ADDRESS" -> "the same address but for a typing slip" + values;
            case "SAME_POSTCODE" -> "same postcode" + values;
            case "SAME_DISTRICT" -> "same postcode district" + values;
            case "CONFLICT" -> label + " contradict each other" + values;
            case "NO_COMMON_TYPE" -> "no identity document of the same type to compare";
            case "MISSING" -> label + " not known on one record or both";
            case "DIFFERENT" -> "different " + label + values;
            default -> label + ": " + f.comparison().toLowerCase(Locale.ROOT).replace('_', ' ') + values;
        };
    }

    private static String contradiction(String what) {
        return switch (what) {
            case "DOCUMENT_NUMBERS_DIFFER" -> "the same kind of identity document with different numbers";
            case "DOB_YEARS_APART" -> "dates of birth years apart";
            case "GIVEN_NAMES_DIFFER" -> "given names that cannot be the same person's";
            default -> what.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
