package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * How two name parts agree, best first. Shared by family and given names; a family name
 * never reaches {@code NICKNAME} or {@code INITIAL}. {@code SKELETON}: the consonants agree
 * ({@link uk.toex.crosslink.resolution.normalise.NameNormaliser#skeleton}), as a name written
 * without vowels (Arabic, Hebrew) and the same name written with them do.
 */
public final class NameLevel {

    static final List<String> NAMES = List.of("EXACT", "TRANSLITERATED", "NICKNAME", "SIMILAR", "PHONETIC",
            "SKELETON", "INITIAL", "FUZZY", "DIFFERENT", "MISSING");

    public static final int EXACT = NAMES.indexOf("EXACT");
    public static final int TRANSLITERATED = NAMES.indexOf("TRANSLITERATED");
    public static final int NICKNAME = NAMES.indexOf("NICKNAME");
    public static final int SIMILAR = NAMES.indexOf("SIMILAR");
    public static final int PHONETIC = NAMES.indexOf("PHONETIC");
    public static final int SKELETON = NAMES.indexOf("SKELETON");
    public static final int INITIAL = NAMES.indexOf("INITIAL");
    public static final int FUZZY = NAMES.indexOf("FUZZY");
    public static final int DIFFERENT = NAMES.indexOf("DIFFERENT");
    public static final int MISSING = NAMES.indexOf("MISSING");

    /** Jaro-Winkler bands: at or above SIMILAR_JW a typo, at or above FUZZY_JW still alike. */
    static final double SIMILAR_JW = 0.92;
    static final double FUZZY_JW = 0.80;

    private NameLevel() {
    }
}
