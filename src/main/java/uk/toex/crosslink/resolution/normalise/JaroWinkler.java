package uk.toex.crosslink.resolution.normalise;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, up to 4 prefix characters), the same values as
 * commons-text's {@code JaroWinklerSimilarity} (a test holds them equal) but on plain strings
 * without per-call allocation of wrappers: the engine calls it tens of millions of times.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        return similarity(a, b, true);
    }

    /** With {@code words} false, the matched flags are always kept in arrays (the test compares the two ways). */
    static double similarity(String a, String b, boolean words) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        String longer = la >= lb ? a : b;
        String shorter = la >= lb ? b : a;
        long counted = words && longer.length() <= 64 ? matchesInWords(shorter, longer) : matchesInArrays(shorter, longer);
        int matches = (int) (counted >>> 32);
        int transpositions = (int) counted;
        if (matches == 0) {
            return 0.0;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3.0;
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Matches (high 32 bits) and matched characters out of order (low 32 bits), the matched flags held in two words: no allocation. */
    private static long matchesInWords(String shorter, String longer) {
        int window = Math.max(longer.length() / 2 - 1, 0);
        long longMatched = 0;
        long shortMatched = 0;
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            int to = Math.min(i + window + 1, longer.length());
            for (int j = Math.max(i - window, 0); j < to; j++) {
                if ((longMatched & (1L << j)) == 0 && c == longer.charAt(j)) {
                    longMatched |= 1L << j;
                    shortMatched |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < shorter.length() && matches > 0; i++) {
            if ((shortMatched & (1L << i)) != 0) {
                while ((longMatched & (1L << j)) == 0) {
                    j++;
                }
                if (shorter.charAt(i) != longer.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return ((long) matches << 32) | transpositions;
    }

    /** The same for strings longer than a word holds. */
    private static long matchesInArrays(String shorter, String longer) {
        int window = Math.max(longer.length() / 2 - 1, 0);
        boolean[] longMatched = new boolean[longer.length()];
        boolean[] shortMatched = new boolean[shorter.length()];
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            int to = Math.min(i + window + 1, longer.length());
            for (int j = Math.max(i - window, 0); j < to; j++) {
                if (!longMatched[j] && c == longer.charAt(j)) {
                    longMatched[j] = true;
                    shortMatched[i] = true;
                    matches++;
                    break;
                }
            }
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < shorter.length() && matches > 0; i++) {
            if (shortMatched[i]) {
                while (!longMatched[j]) {
                    j++;
                }
                if (shorter.charAt(i) != longer.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        return ((long) matches << 32) | transpositions;
    }
}
