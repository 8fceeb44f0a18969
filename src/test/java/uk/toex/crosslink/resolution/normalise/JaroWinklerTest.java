package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"martha,marhta", "dwayne,duane", "dixon,dicksonx", "lakatos,lakatosz", "attila,atila", "smith,smyth",
        "kovacs,kovach", "a,b", "abc,abc", "khristo,hristo", "jones,johnson", "x,xavier", "catherine,kathryn",
        "aaaa,aaab", "ab,ba", "nagy,nagi", "rezmuves,rezmues", "zoltan,attila", "crate,trace"})
    void agreesWithCommonsText(String a, String b) {
        double expected = new JaroWinklerSimilarity().apply(a, b);
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(1e-9));
        assertThat(JaroWinkler.similarity(b, a)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void keepsMatchedFlagsInWordsWithTheSameResultsAsInArrays() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String a = randomText(random, 1 + random.nextInt(64));
            String b = random.nextBoolean() ? mistype(a, random) : randomText(random, 1 + random.nextInt(64));
            assertThat(JaroWinkler.similarity(a, b)).as("%s / %s", a, b).isEqualTo(JaroWinkler.similarity(a, b, false));
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(6)));
        }
        return out.toString();
    }

    private static String mistype(String text, Random random) {
        int at = random.nextInt(text.length());
        return text.substring(0, at) + (char) ('a' + random.nextInt(6)) + text.substring(Math.min(text.length(), at + 1));
    }
}
