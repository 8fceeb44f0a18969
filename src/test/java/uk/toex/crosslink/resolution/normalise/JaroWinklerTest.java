package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
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
}
