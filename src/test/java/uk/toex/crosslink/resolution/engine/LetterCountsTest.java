package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.resolution.normalise.JaroWinkler;

/** The shortcuts the comparator takes never change a level: they only skip work that could not succeed. */
class LetterCountsTest {

    private static final List<String> NAMES = List.of("kowalski", "kowalsky", "smith", "smyth", "lakatos", "attila",
            "atila", "ivanov", "ivanova", "mohammed", "muhammad", "mhd", "siddiqui", "faisal", "aaaaaaaaaaaaaaaaaaaa",
            "anna", "hannah", "o'brien", "obrien", "żółć", "zolc", "x", "jo", "joe", "mississippi", "missisippi");

    private static String random(Random random) {
        String alphabet = "aeinorstlkmjz0123'-é";
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static void assertBoundHolds(String a, String b) {
        double bound = LetterCounts.jaroAtMost(LetterCounts.common(LetterCounts.of(a), LetterCounts.of(b)), a.length(), b.length());
        double jaroWinkler = JaroWinkler.similarity(a, b);
        if (jaroWinkler >= 0.7) {
            assertThat(bound).as("%s / %s", a, b).isGreaterThanOrEqualTo(0.7);
        }
    }

    @Test
    void neverRulesOutAPairJaroWinklerPutsInABand() {
        for (String a : NAMES) {
            for (String b : NAMES) {
                assertBoundHolds(a, b);
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            assertBoundHolds(random(random), random(random));
        }
    }

    @Test
    void rulesOutNamesThatShareTooFewLetters() {
        long kowalski = LetterCounts.of("kowalski");
        long smith = LetterCounts.of("smith");
        assertThat(LetterCounts.jaroAtMost(LetterCounts.common(kowalski, smith), 8, 5)).isLessThan(0.7);
    }

    @Test
    void theEditBoundNeverExceedsTheEditDistance() {
        org.apache.commons.text.similarity.LevenshteinDistance exact = org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String a = random(random);
            String b = random.nextBoolean() ? random(random) : a.substring(0, a.length() / 2) + random(random);
            assertThat(PairComparator.editsAtLeast(a, b)).as("%s / %s", a, b).isLessThanOrEqualTo(exact.apply(a, b));
            if (i % 20 != 0) {
                continue;
            }
            String longA = a.repeat(70 / a.length() + 1);
            String longB = b.repeat(70 / b.length() + 1);
            assertThat(PairComparator.editsAtLeast(longA, longB)).as("%s / %s", longA, longB)
                    .isLessThanOrEqualTo(exact.apply(longA, longB));
        }
        assertThat(PairComparator.editsAtLeast("AB1234", "AB1299")).isEqualTo(2);
        assertThat(PairComparator.editsAtLeast("123456789", "987654321")).isZero();
        assertThat(PairComparator.typingError("123456789", "123456798")).isTrue();
        assertThat(PairComparator.typingError("123456789", "987654321")).isFalse();
    }
}
