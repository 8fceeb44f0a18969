package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deployment's extra columns: each kind's levels from two values as recorded, and the model that carries them. */
class ExtraComparisonLevelsTest {

    private static final List<ExtraComparison> EXTRAS = ExtraComparison.parse(
            List.of("placeOfBirth:text", "warrantNo:identifier", "custodyCode:exact", "arrested:date"));

    static PersonInput person(String key, Map<String, String> extras) {
        return new PersonInput(key, "Ann", "Lee", null, null, null, null, null, null, null, null, null, extras);
    }

    /** The level name of one extra column for two records holding these values (blank: not recorded). */
    static String level(String column, String a, String b) {
        Dataset data = Dataset.prepare(List.of(person("A/S/1", a.isEmpty() ? Map.of() : Map.of(column, a)),
                person("A/S/2", b.isEmpty() ? Map.of() : Map.of(column, b))), 1, EXTRAS);
        Comparison c = data.comparison();
        data.comparator().compare(data.record(0), data.record(1), c);
        int f = data.features.index("extra." + column.toLowerCase(java.util.Locale.ROOT));
        return data.features.levels(f).get(c.level[f]);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"Gdańsk,GDANSK,EXACT", "Birmingham,Birmingam,SIMILAR", "Bucharest,Budapest,FUZZY",
        "Lahore,Birmingham,DIFFERENT", "Lahore,'',MISSING", "'  ',Lahore,MISSING"})
    void textColumnsAgreeExactlyThenByJaroWinklerBands(String a, String b, String expected) {
        assertThat(level("placeOfBirth", a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"WN-884213,wn 884213,MATCH", "WN-884213,WN-884231,TYPO", "WN-884213,WN-88421,TYPO",
        "WN-884213,WN-517720,DIFFERENT", "WN-884213,'',MISSING"})
    void identifierColumnsIgnorePunctuationAndTellTypingSlipsFromOtherNumbers(String a, String b, String expected) {
        assertThat(level("warrantNo", a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"C7,c7,MATCH", "C7,C8,DIFFERENT", "C7,'',MISSING"})
    void exactColumnsOnlyMatchOrDiffer(String a, String b, String expected) {
        assertThat(level("custodyCode", a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"2019-05-04,2019-05-04,EXACT", "2019-05-04,2019-05,PARTIAL", "2019-05-04,2019-04-05,TRANSPOSED",
        "2019-05-04,2000-01-01,DIFFERENT", "2019-05-04,not a date,MISSING"})
    void dateColumnsHaveTheDateOfBirthLevels(String a, String b, String expected) {
        assertThat(level("arrested", a, b)).isEqualTo(expected);
    }

    @Test
    void columnsAreMatchedWhateverTheCaseIngestKeptThemIn() {
        PersonInput stored = PersonInput.fromProperties("A/S/1", Map.of("extra.PlaceOfBirth", "Lahore", "givenNames", "Ann"));
        assertThat(stored.extra("placeOfBirth")).isEqualTo("Lahore");
        assertThat(PersonInput.fromProperties("A/S/1", Map.of("extras", List.of(List.of("extra.placeofbirth", "Lahore"))))
                .extra("PLACEOFBIRTH")).isEqualTo("Lahore");
    }

    @Test
    void refusesAConfigurationItCannotReadNamingTheEntry() {
        assertThatThrownBy(() -> ExtraComparison.parse(List.of("placeOfBirth")))
                .hasMessageContaining("'placeOfBirth'").hasMessageContaining("column:kind");
        assertThatThrownBy(() -> ExtraComparison.parse(List.of("placeOfBirth:fuzzy")))
                .hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> ExtraComparison.parse(List.of("dob:date")))
                .hasMessageContaining("outside the contract");
        assertThatThrownBy(() -> ExtraComparison.parse(List.of("pob:text", "POB:exact")))
                .hasMessageContaining("named twice");
    }

    @Test
    void aModelKeepsItsExtraComparisonsWithTheirLevelsByName() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ModelParameters priors = ModelParameters.priors(EXTRAS);
        String text = json.writeValueAsString(priors);
        assertThat(json.readTree(text).at("/features/extra.warrantno/TYPO/m").isNumber()).isTrue();
        ModelParameters back = json.readValue(text, ModelParameters.class);
        assertThat(back.extras()).isEqualTo(EXTRAS);
        assertThat(back.weight("extra.warrantno", "MATCH")).isEqualTo(priors.weight("extra.warrantno", "MATCH")).isPositive();
        assertThat(back.weight("extra.placeofbirth", "DIFFERENT")).isNegative();
        assertThat(back.weight("extra.arrested", "MISSING")).isZero();
    }
}
