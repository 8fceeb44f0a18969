package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthTest {

    @ParameterizedTest(name = "{0} packs to {1}")
    @CsvSource({"1984-03-07,19840307", "1984-03,19840300", "1984,19840000", " 1984-3-7 ,19840307"})
    void parsesFullAndPartialDates(String recorded, int packed) {
        assertThat(DateOfBirth.parse(recorded)).hasValueSatisfying(d -> assertThat(d.pack()).isEqualTo(packed));
        assertThat(DateOfBirth.unpack(packed).toString()).isEqualTo(recorded.strip().replace("-3-7", "-03-07"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "07/03/1984", "1984-13-01", "1984-02-32", "unknown", "84", "0999-01-01"})
    void rejectsWhatIsNotADate(String recorded) {
        assertThat(DateOfBirth.parse(recorded)).isEmpty();
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "1984-03-07,1984-03-07,EXACT",
        "1984,1984-03-07,PARTIAL",
        "1984-03,1984-03-07,PARTIAL",
        "1984-03,1984-03,PARTIAL",
        "1984-03-07,1984-07-03,TRANSPOSED",
        "1984-03-07,1984-03-08,ONE_DIGIT",
        "1984-03-07,1994-03-07,ONE_DIGIT",
        "1984-03-07,1985-03-07,YEAR_OFF_BY_ONE",
        "1989-12-07,1990-12-07,YEAR_OFF_BY_ONE",
        "1984,1985-06-01,YEAR_OFF_BY_ONE",
        "1984-03-07,1984-05-21,WITHIN_YEAR",
        "1984-03-07,1962-11-30,DIFFERENT",
        "1984,1962,DIFFERENT",
        "1984,1994,ONE_DIGIT",
        "1984-03,1984-04,WITHIN_YEAR",
        "1974-01-01,1974-04-16,PARTIAL",
        "1974-01-01,1975-04-16,WITHIN_3_YEARS",
        "1984-11-30,1985-10-02,WITHIN_YEAR",
        "1984-03-07,1986-08-30,WITHIN_3_YEARS",
        "1984-03,1986-09,WITHIN_3_YEARS",
        "1843-06-02,1843-06,PARTIAL",
        "1643-06-02,1643-06-02,EXACT",
        "1978-02-24,1988-03-23,DECADE_SLIP",
        "2002-11-18,1992-11-30,DECADE_SLIP",
        "1880-06-02,1980-06-20,DECADE_SLIP",
        "1978-02,1988-03,DECADE_SLIP",
        "1978-02-24,1988-08-23,DIFFERENT",
        "1978,1988,ONE_DIGIT",
        "1978,1990,DIFFERENT",
    })
    void comparesWithTypingErrorsAndClosenessAsTheirOwnLevels(String a, String b, DobComparison expected) {
        int x = DateOfBirth.parse(a).orElseThrow().pack();
        int y = DateOfBirth.parse(b).orElseThrow().pack();
        assertThat(DobComparison.compare(x, y)).isEqualTo(expected);
        assertThat(DobComparison.compare(y, x)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"19840307,0", "0,19840307", "0,0"})
    void unknownIsMissingNotDifferent(int a, int b) {
        assertThat(DobComparison.compare(a, b)).isEqualTo(DobComparison.MISSING);
    }
}
