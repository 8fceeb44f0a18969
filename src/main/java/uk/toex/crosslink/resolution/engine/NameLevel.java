package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * How two name parts agree, best first. Shared by family and given names; a family name
 * never reaches {@code NICKNAME} or {@code INITIAL}.
 */
public final class NameLevel {

    public static final int EXACT = 0;
    public static final int TRANSLITERATED = 1;
    public static final int NICKNAME = 2;
    public static final int SIMILAR = 3;
    public static final int PHONETIC = 4;
    public static final int INITIAL = 5;
    public static final int FUZZY = 6;
    public static final int DIFFERENT = 7;
    public static final int MISSING = 8;

    static final List<String> NAMES = List.of("EXACT", "TRANSLITERATED", "NICKNAME", "SIMILAR", "PHONETIC",
            "INITIAL", "FUZZY", "DIFFERENT", "MISSING");

    /** Jaro-Winkler bands: at or above SIMILAR_JW a typo, at or above FUZZY_JW still alike. */
    static final double SIMILAR_JW = 0.92;
    static final double FUZZY_JW = 0.80;

    private NameLevel() {
    }
}
