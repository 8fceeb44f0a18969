package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * The features compared for every pair, each with its comparison levels by name (best agreement
 * first, {@code MISSING} last: missing evidence weighs nothing either way) and the level that
 * means the two records disagree. Everything else refers to a level by its name; the position is
 * only how the hot loop stores it.
 */
public enum Feature {
    FAMILY_NAME("familyName", NameLevel.NAMES, "DIFFERENT"),
    GIVEN_NAME("givenNames", NameLevel.NAMES, "DIFFERENT"),
    DOB("dob", List.of("EXACT", "PARTIAL", "TRANSPOSED", "ONE_DIGIT", "YEAR_OFF_BY_ONE", "WITHIN_YEAR", "WITHIN_3_YEARS",
            "DECADE_SLIP", "DIFFERENT", "MISSING"), "DIFFERENT"),
    PHONE("phones", List.of("MATCH", "DIFFERENT", "MISSING"), "DIFFERENT"),
    EMAIL("emails", List.of("MATCH", "SIMILAR", "DIFFERENT", "MISSING"), "DIFFERENT"),
    DOCUMENT("idDocuments", List.of("MATCH", "TYPO", "CONFLICT", "NO_COMMON_TYPE", "MISSING"), "CONFLICT"),
    ADDRESS("address", List.of("SAME_ADDRESS", "SIMILAR_ADDRESS", "SAME_POSTCODE", "SAME_DISTRICT", "DIFFERENT", "MISSING"), "DIFFERENT"),
    GENDER("gender", List.of("MATCH", "DIFFERENT", "MISSING"), "DIFFERENT"),
    NATIONALITY("nationality", List.of("MATCH", "DIFFERENT", "MISSING"), "DIFFERENT");

    public static final Feature[] ALL = values();
    public static final int COUNT = ALL.length;

    private final String label;
    private final List<String> levels;
    private final int disagreement;

    Feature(String label, List<String> levels, String disagreement) {
        this.label = label;
        this.levels = levels;
        this.disagreement = levels.indexOf(disagreement);
    }

    /** The name a person record's property goes by, used in explanations and in the model. */
    public String label() {
        return label;
    }

    public List<String> levels() {
        return levels;
    }

    public int levelCount() {
        return levels.size();
    }

    public int missing() {
        return levels.size() - 1;
    }

    /** The level that means the records disagree: its weight is never positive. */
    public int disagreement() {
        return disagreement;
    }

    /** The position of a level given by name; an unknown name is a programming error. */
    public int level(String name) {
        int index = levels.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name + " is not a level of " + this);
        }
        return index;
    }

    public static Feature byLabel(String label) {
        for (Feature f : ALL) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("No feature " + label);
    }
}
