package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneticKeysTest {

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({"kovacs,kovach", "horvath,horvat", "lakatos,lakatosz", "ivanov,ivanoff", "popescu,popesku", "nagy,nagi"})
    void beiderMorseCodesOverlapForSpellingsOfOneFamilyName(String a, String b) {
        assertThat(PhoneticKeys.beiderMorseOverlap(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not sound like {1}")
    @CsvSource({"kovacs,horvath", "nagy,szabo", "smith,jones", "ivanov,petrov"})
    void beiderMorseCodesSeparateDifferentNames(String a, String b) {
        assertThat(PhoneticKeys.beiderMorseOverlap(a, b)).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"smith,smyth", "catherine,kathryn", "stephen,steven", "jon,john"})
    void doubleMetaphoneIsTheSecondKey(String a, String b) {
        assertThat(PhoneticKeys.metaphoneOverlap(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"smith,jones", "attila,zoltan"})
    void doubleMetaphoneSeparatesDifferentNames(String a, String b) {
        assertThat(PhoneticKeys.metaphoneOverlap(a, b)).isFalse();
    }
}
