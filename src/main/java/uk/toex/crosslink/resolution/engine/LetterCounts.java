package uk.toex.crosslink.resolution.engine;

/**
 * The letters of a name part packed in one long, so that an upper bound of the characters two
 * parts share comes from one AND and a bit count: most pairs of parts a run meets share too few
 * letters to reach any Jaro-Winkler band, and need no Jaro-Winkler at all.
 *
 * <p>Each character falls in one of 30 buckets (a to z, and four for everything else); a bucket
 * has two bits, for its first and second occurrence. Occurrences past the second are counted in
 * the top four bits. Buckets only merge characters, so the bound never falls below the true
 * count of shared characters, which in turn bounds Jaro's matches.
 */
final class LetterCounts {

    private static final int EXTRA_SHIFT = 60;

    private LetterCounts() {
    }

    static long of(String part) {
        long bits = 0;
        int extra = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int bucket = c >= 'a' && c <= 'z' ? c - 'a' : 26 + c % 4;
            long first = 1L << (2 * bucket);
            long second = first << 1;
            if ((bits & first) == 0) {
                bits |= first;
            } else if ((bits & second) == 0) {
                bits |= second;
            } else {
                extra++;
            }
        }
        return bits | ((long) Math.min(extra, 15) << EXTRA_SHIFT);
    }

    /** At least the number of characters the two parts have in common (as multisets). */
    static int common(long a, long b) {
        long mask = (1L << EXTRA_SHIFT) - 1;
        int extraA = (int) (a >>> EXTRA_SHIFT);
        int extraB = (int) (b >>> EXTRA_SHIFT);
        // a capped count of 15 extra occurrences may stand for more: then allow every one of them
        int extra = extraA == 15 || extraB == 15 ? Integer.MAX_VALUE / 2 : Math.min(extraA, extraB);
        return Long.bitCount(a & b & mask) + extra;
    }

    /** The highest Jaro similarity two strings of these lengths sharing at most {@code common} characters can have. */
    static double jaroAtMost(int common, int la, int lb) {
        int m = Math.min(common, Math.min(la, lb));
        return m == 0 ? 0 : (m / (double) la + m / (double) lb + 1) / 3.0;
    }
}
