package uk.toex.crosslink.resolution.engine;

import uk.toex.crosslink.resolution.normalise.JaroWinkler;

/**
 * Two address lines that are one address typed twice: the same house and flat numbers, and
 * words close enough that only typing separates them ({@code Lnodon} / {@code London},
 * {@code 44 forbes stret} / {@code 44 forbes street}). Different numbers in one street are other
 * households, so numbers must agree exactly.
 */
final class AddressSimilarity {

    /** Jaro-Winkler of the letters at or above which two lines are taken as one mistyped. */
    static final double TYPO_JW = 0.9;

    private AddressSimilarity() {
    }

    static boolean typingSlip(String a, String b) {
        if (a.equals(b) || !digits(a).equals(digits(b))) {
            return false;
        }
        String la = letters(a);
        String lb = letters(b);
        return lettersClose(la, lb, LetterCounts.of(la), LetterCounts.of(lb));
    }

    /**
     * The letters of two lines with the same numbers, close enough to be one line mistyped. The letter
     * counts ({@link LetterCounts}) rule out most pairs first: a Jaro figure below 0.8 cannot reach 0.9
     * with the Winkler boost of at most four prefix characters (0.6 × 0.8 + 0.4 = 0.88).
     */
    static boolean lettersClose(String la, String lb, long countsA, long countsB) {
        if (Math.min(la.length(), lb.length()) < 4
                || LetterCounts.jaroAtMost(LetterCounts.common(countsA, countsB), la.length(), lb.length()) < 0.8) {
            return false;
        }
        return JaroWinkler.similarity(la, lb) >= TYPO_JW;
    }

    static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    static String letters(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
