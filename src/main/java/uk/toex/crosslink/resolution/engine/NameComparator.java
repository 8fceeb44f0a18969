package uk.toex.crosslink.resolution.engine;

import uk.toex.crosslink.resolution.normalise.JaroWinkler;
import uk.toex.crosslink.resolution.normalise.PhoneticKeys;

/**
 * Family and given names compared regardless of order: the best-agreeing pair of parts where
 * at least one side is a family part gives the family level, the best pair of what remains
 * gives the given-name level. So {@code Lakatos Attila} and {@code LAKATOS, Atila} and a record
 * with the two fields swapped all align. Aliases are tried as whole alternative names.
 */
final class NameComparator {

    private static final int MAX_PARTS = 6;
    private static final int MASK = 0xFFFFFFF;
    /** The lowest Jaro-Winkler figure any level below tests for (the Beider-Morse check for family names). */
    private static final double LOWEST_BAND = 0.7;
    /** A memo slot: the pair's key (parts below 2^28, 33 + 28 bits), a bit for occupied, the level in the low four bits. */
    private static final long OCCUPIED = 1L << 63;
    private static final long LEVEL_BITS = 0xF;

    private final Vocabulary vocabulary;

    NameComparator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Fills family and given levels and frequencies into {@code out}. */
    void compare(PreparedRecord a, PreparedRecord b, Comparison out) {
        long best = align(a.name, a.written, a.familyCount, b.name, b.written, b.familyCount, out);
        if ((a.aliases.length > 0 || b.aliases.length > 0) && cost(best) > 0) {
            for (int[] alias : a.aliases) {
                best = better(best, align(alias, null, alias.length, b.name, b.written, b.familyCount, out));
            }
            for (int[] alias : b.aliases) {
                best = better(best, align(a.name, a.written, a.familyCount, alias, null, alias.length, out));
            }
        }
        int family = (int) (best >>> 60) & 0xF;
        int given = (int) (best >>> 56) & 0xF;
        out.level[Feature.FAMILY_NAME.ordinal()] = family;
        out.level[Feature.GIVEN_NAME.ordinal()] = given;
        out.frequency[Feature.FAMILY_NAME.ordinal()] = family <= NameLevel.TRANSLITERATED ? frequency((int) (best >>> 28) & MASK) : 0;
        out.frequency[Feature.GIVEN_NAME.ordinal()] = given <= NameLevel.TRANSLITERATED ? frequency((int) best & MASK) : 0;
    }

    private double frequency(int nameId) {
        return vocabulary.names.frequencyCount(nameId) / (double) vocabulary.names.frequencyTotal(vocabulary.records());
    }

    /** Packs family level, given level, and the two matched part ids (for frequencies). */
    private long align(int[] a, int[] wa, int famA, int[] b, int[] wb, int famB, Comparison memo) {
        int na = Math.min(a.length, MAX_PARTS);
        int nb = Math.min(b.length, MAX_PARTS);
        if (na == 0 || nb == 0) {
            return pack(NameLevel.MISSING, NameLevel.MISSING, 0, 0);
        }
        int markedA = famA;
        int markedB = famB;
        famA = famA == 0 && na >= 2 ? na : famA; // several parts, none marked family: any may be
        famB = famB == 0 && nb >= 2 ? nb : famB;
        int familyLevel = NameLevel.MISSING;
        int usedA = -1;
        int usedB = -1;
        if (famA > 0 && famB > 0) {
            int bestScore = Integer.MAX_VALUE;
            for (int i = 0; i < na; i++) {
                for (int j = 0; j < nb; j++) {
                    if (i >= famA && j >= famB) {
                        continue;
                    }
                    int level = level(a, wa, i, b, wb, j, false, memo);
                    int score = level * 64 + (i < famA && j < famB ? 0 : 32) + i + j;
                    if (score < bestScore) {
                        bestScore = score;
                        familyLevel = level;
                        usedA = i;
                        usedB = j;
                    }
                }
            }
        }
        // given names: the best of what remains, pairs of two given parts winning ties
        int givenLevel = NameLevel.MISSING;
        int givenA = -1;
        boolean bothGivenCompared = false;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                if (i == usedA || j == usedB || (i < markedA && j < markedB)) {
                    continue; // two parts both recorded as family names are no evidence on given names
                }
                int level = level(a, wa, i, b, wb, j, true, memo);
                bothGivenCompared |= i >= markedA && j >= markedB;
                boolean bothGiven = i >= famA && j >= famB;
                if (level < givenLevel || (level == givenLevel && bothGiven && givenA >= 0 && givenA < famA)) {
                    givenLevel = level;
                    givenA = i;
                }
            }
        }
        if (givenLevel == NameLevel.DIFFERENT && !bothGivenCompared) {
            givenLevel = NameLevel.MISSING; // a given name against a family name only counts when they agree (a swap)
        }
        return pack(familyLevel, givenLevel, usedA < 0 ? 0 : a[usedA], givenA < 0 ? 0 : a[givenA]);
    }

    private int level(int[] a, int[] wa, int i, int[] b, int[] wb, int j, boolean given, Comparison memo) {
        int x = a[i];
        int y = b[j];
        if (x == y) {
            return wa != null && wb != null && wa[i] >= 0 && wa[i] == wb[j] ? NameLevel.EXACT : NameLevel.TRANSLITERATED;
        }
        // key and level share one slot, so a lookup touches one cache line, not two
        long key = ((long) x << 33) | ((long) y << 5) | (given ? 16 : 0);
        int slot = (int) (key ^ (key >>> 17) ^ (key >>> 40)) & (memo.memo.length - 1);
        long entry = memo.memo[slot];
        if ((entry & ~LEVEL_BITS) == (key | OCCUPIED)) {
            return (int) (entry & LEVEL_BITS);
        }
        int level = computeLevel(x, y, given);
        memo.memo[slot] = key | OCCUPIED | level;
        return level;
    }

    private int computeLevel(int x, int y, boolean given) {
        if (given && vocabulary.nicknames(x, y)) {
            return NameLevel.NICKNAME;
        }
        int lx = vocabulary.length(x);
        int ly = vocabulary.length(y);
        if (given && (lx == 1 || ly == 1)) {
            return vocabulary.name(x).charAt(0) == vocabulary.name(y).charAt(0) ? NameLevel.INITIAL : NameLevel.DIFFERENT;
        }
        String sx = vocabulary.name(x);
        String sy = vocabulary.name(y);
        // too few letters in common to reach any band below: Jaro-Winkler need not be worked out
        double similarity = LetterCounts.jaroAtMost(vocabulary.commonLetters(x, y), lx, ly) < LOWEST_BAND ? 0
                : JaroWinkler.similarity(sx, sy);
        if (similarity >= NameLevel.SIMILAR_JW) {
            return NameLevel.SIMILAR;
        }
        if (metaphoneAgrees(x, y) || (!given && similarity >= LOWEST_BAND && PhoneticKeys.beiderMorseOverlap(sx, sy))) {
            return NameLevel.PHONETIC;
        }
        if (vocabulary.skeleton(x) == vocabulary.skeleton(y)) {
            return NameLevel.SKELETON;
        }
        return similarity >= NameLevel.FUZZY_JW ? NameLevel.FUZZY : NameLevel.DIFFERENT;
    }

    private boolean metaphoneAgrees(int x, int y) {
        int px = vocabulary.metaphone(x);
        int py = vocabulary.metaphone(y);
        return px == py || px == vocabulary.metaphoneAlternate(y) || vocabulary.metaphoneAlternate(x) == py;
    }

    private static long pack(int family, int given, int familyPart, int givenPart) {
        return ((long) family << 60) | ((long) given << 56) | ((long) (familyPart & MASK) << 28) | (givenPart & MASK);
    }

    private static int cost(long packed) {
        return (int) ((packed >>> 60) & 0xF) + (int) ((packed >>> 56) & 0xF);
    }

    private static long better(long a, long b) {
        return cost(b) < cost(a) ? b : a;
    }
}
