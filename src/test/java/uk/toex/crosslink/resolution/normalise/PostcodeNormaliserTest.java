package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeNormaliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"NR1 2AB", "nr12ab", " NR1  2AB ", "nr1-2ab"})
    void writesUkPostcodesInAnySpacingOrCaseCanonically(String recorded) {
        assertThat(PostcodeNormaliser.normalise(recorded)).contains("NR1 2AB");
    }

    @Test
    void handlesLongOutwardCodes() {
        assertThat(PostcodeNormaliser.normalise("ec1a1bb")).contains("EC1A 1BB");
        assertThat(PostcodeNormaliser.outward("ec1a1bb")).contains("EC1A");
    }

    @Test
    void keepsForeignPostalCodesUpperCased() {
        assertThat(PostcodeNormaliser.normalise("1051  budapest")).contains("1051 BUDAPEST");
        assertThat(PostcodeNormaliser.outward("1051")).isEmpty();
    }
}
