package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormaliserTest {

    @ParameterizedTest
    @ValueSource(strings = {"+44 7700 900123", "07700900123", "0044 7700 900 123", "(07700) 900-123", "+447700900123"})
    void writesEveryUkRecordingOfOneNumberAsTheSameE164(String recorded) {
        assertThat(PhoneNormaliser.normalise(recorded)).contains("+447700900123");
    }

    @ParameterizedTest
    @CsvSource({"+36 30 123 4567,+36301234567", "0036 30 123 4567,+36301234567", "+40 721 234 567,+40721234567"})
    void keepsForeignNumbersInTheirOwnCountry(String recorded, String e164) {
        assertThat(PhoneNormaliser.normalise(recorded)).contains(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void treatsEmptyAsUnknown(String recorded) {
        assertThat(PhoneNormaliser.normalise(recorded)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "ext 45"})
    void keepsDigitsOfNumbersItCannotParse(String recorded) {
        assertThat(PhoneNormaliser.normalise(recorded)).hasValueSatisfying(v -> assertThat(v).startsWith("raw:"));
    }
}
