package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * The features compared for every pair, each with its comparison levels (best agreement
 * first, {@code MISSING} last: missing evidence weighs nothing either way).
 */
public enum Feature {
    FAMILY_NAME("familyName", NameLevel.NAMES),
    GIVEN_NAME("givenNames", NameLevel.NAMES),
    DOB("dob", List.of("EXACT", "PARTIAL", "TRANSPOSED", "ONE_DIGIT", "YEAR_OFF_BY_ONE", "DIFFERENT", "MISSING")),
    PHONE("phones", List.of("MATCH", "DIFFERENT", "MISSING")),
    EMAIL("emails", List.of("MATCH", "DIFFERENT", "MISSING")),
    DOCUMENT("idDocuments", List.of("MATCH", "TYPO", "CONFLICT", "NO_COMMON_TYPE", "MISSING")),
    ADDRESS("address", List.of("SAME_ADDRESS", "SAME_POSTCODE", "SAME_DISTRICT", "DIFFERENT", "MISSING")),
    GENDER("gender", List.of("MATCH", "DIFFERENT", "MISSING")),
    NATIONALITY("nationality", List.of("MATCH", "DIFFERENT", "MISSING"));

    public static final Feature[] ALL = values();
    public static final int COUNT = ALL.length;

    private final String label;
    private final List<String> levels;

    Feature(String label, List<String> levels) {
        this.label = label;
        this.levels = levels;
    }

    /** The name a person record's property goes by, used in explanations. */
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

    public int level(String name) {
        int index = levels.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(name + " is not a level of " + this);
        }
        return index;
    }
}
