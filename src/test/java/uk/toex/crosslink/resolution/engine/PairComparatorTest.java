package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each comparison level, by name, from two records as they would be recorded. */
class PairComparatorTest {

    static PersonInput person(String key, String given, String family, String dob) {
        return new PersonInput(key, given, family, null, dob, null, null, null, null, null, null, null);
    }

    static Comparison compare(PersonInput a, PersonInput b) {
        Dataset data = Dataset.prepare(List.of(a, b), 1);
        Comparison c = new Comparison();
        data.comparator().compare(data.record(0), data.record(1), c);
        return c;
    }

    static String level(Comparison c, Feature f) {
        return f.levels().get(c.level(f));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "1984-03-07,1984-03-07,EXACT", "1843-06-02,1843-06,PARTIAL", "1984-03-07,1984-07-03,TRANSPOSED",
        "1868-04-11,1860-04-11,ONE_DIGIT", "1984-03-07,1985-03-07,YEAR_OFF_BY_ONE", "1980-04-02,1980-05-31,WITHIN_YEAR",
        "1989-10-31,1987-10-05,WITHIN_3_YEARS", "1978-02-24,1988-03-23,DECADE_SLIP", "1903-08-23,1955-08-25,DIFFERENT",
        "1984-03-07,,MISSING",
    })
    void datesOfBirthAgreeAsFarAsTheyAreKnownOrAsCloseAsTheyAre(String a, String b, String expected) {
        Comparison c = compare(person("A/S/1", "Ann", "Lee", a), person("A/S/2", "Ann", "Lee", b));
        assertThat(level(c, Feature.DOB)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "NATIONAL_ID:7690666,NATIONAL_ID:7690666,MATCH", "NATIONAL_ID:6678130,NATIONAL_ID:6678103,TYPO",
        "NATIONAL_ID:2798365,NATIONAL_ID:6474421,CONFLICT", "PASSPORT:123456,NATIONAL_ID:999999,NO_COMMON_TYPE",
    })
    void corruptedIdentifiersAreLevelsNotVetoes(String a, String b, String expected) {
        Comparison c = compare(withDocument("A/S/1", a), withDocument("A/S/2", b));
        assertThat(level(c, Feature.DOCUMENT)).isEqualTo(expected);
        assertThat(Scorer.veto(c)).isFalse();
    }

    private static PersonInput withDocument(String key, String document) {
        return new PersonInput(key, "Samuel", "Rabe", null, "1946-03-12", null, null, null, null, null, null, List.of(document));
    }

    @Test
    void emailsOneOrTwoTypingErrorsApartAreSimilar() {
        Comparison c = compare(withEmail("A/S/1", "ronnie.h@brownn-cruz.com"), withEmail("A/S/2", "ronnie.h@brown-cruz.com"));
        assertThat(level(c, Feature.EMAIL)).isEqualTo("SIMILAR");
        Comparison other = compare(withEmail("A/S/1", "edward.w@flores.com"), withEmail("A/S/2", "edward.w@collins.net"));
        assertThat(level(other, Feature.EMAIL)).isEqualTo("DIFFERENT");
    }

    private static PersonInput withEmail(String key, String email) {
        return new PersonInput(key, "Ronnie", "Hughes", null, null, null, null, null, List.of(email), null, null, null);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        "12 High Street,12 High Street,SAME_ADDRESS", "Lnodon,London,SIMILAR_ADDRESS", "44 forbes stret,44 forbes street,SIMILAR_ADDRESS",
        "12 High Street,14 High Street,DIFFERENT", "Leeds,Bristol,DIFFERENT",
    })
    void addressLinesOneTypingSlipApartAreSimilarButOtherHouseNumbersAreNot(String a, String b, String expected) {
        Comparison c = compare(withAddress("A/S/1", a), withAddress("A/S/2", b));
        assertThat(level(c, Feature.ADDRESS)).isEqualTo(expected);
    }

    private static PersonInput withAddress(String key, String address) {
        return new PersonInput(key, "Ann", "Lee", null, null, null, null, null, null, address, null, null);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"Margaret,Peggy", "Howard,Howie", "William,Bill"})
    void nicknamesFromThePublicListAreTheNicknameLevel(String a, String b) {
        Comparison c = compare(person("A/S/1", a, "Ashby", null), person("A/S/2", b, "Ashby", null));
        assertThat(level(c, Feature.GIVEN_NAME)).isEqualTo("NICKNAME");
    }

    @Test
    void resolvesArabicWrittenWithoutVowelsAgainstTheLatinSpelling() {
        Comparison c = compare(person("A/S/1", "فيصل", "صديقي", null), person("A/S/2", "Faisal", "Siddiqui", null));
        assertThat(level(c, Feature.GIVEN_NAME)).isEqualTo("SKELETON");
        assertThat(level(c, Feature.FAMILY_NAME)).isIn("PHONETIC", "SKELETON");
    }

    @Test
    void familyFirstOrderAndChineseScriptAlignWithGivenFirst() {
        Comparison swapped = compare(person("A/S/1", "Wang", "Jie", null), person("A/S/2", "Jie", "Wang", null));
        assertThat(level(swapped, Feature.FAMILY_NAME)).isEqualTo("EXACT");
        assertThat(level(swapped, Feature.GIVEN_NAME)).isEqualTo("EXACT");
        Comparison script = compare(person("A/S/1", null, "王杰", null), person("A/S/2", "Jie", "Wang", null));
        assertThat(level(script, Feature.FAMILY_NAME)).isEqualTo("TRANSLITERATED");
        assertThat(level(script, Feature.GIVEN_NAME)).isEqualTo("TRANSLITERATED");
    }

    @Test
    void aWholeNameInTheFamilyFieldIsReadAsFamilyThenGiven() {
        Comparison c = compare(person("A/S/1", null, "MUNTEANU, Gheorghe", null), person("A/S/2", "Ioana", "Munteanu", null));
        assertThat(level(c, Feature.FAMILY_NAME)).isEqualTo("EXACT");
        assertThat(level(c, Feature.GIVEN_NAME)).isEqualTo("DIFFERENT");
    }

    @Test
    void conflictingGendersDisagree() {
        Comparison c = compare(new PersonInput("A/S/1", "Sam", "Hill", null, null, "M", null, null, null, null, null, null),
                new PersonInput("A/S/2", "Sam", "Hill", null, null, "F", null, null, null, null, null, null));
        assertThat(level(c, Feature.GENDER)).isEqualTo("DIFFERENT");
    }

    @Test
    void twoFamilyPartsAreNoEvidenceOnGivenNames() {
        // "O connor" and "O connor": the shared "o" is part of the family name, not a given name
        Comparison c = compare(person("A/S/1", "Eleanor", "O connor", null), person("A/S/2", null, "O connor", null));
        assertThat(level(c, Feature.FAMILY_NAME)).isEqualTo("EXACT");
        assertThat(level(c, Feature.GIVEN_NAME)).isEqualTo("MISSING");
    }

    @Test
    void comparesTheSameWayRoundWhicheverRecordComesFirst() {
        PersonInput a = person("A/S/1", "Kirra", "Gaskin", "1901-03-04");
        PersonInput b = person("A/S/2", "Kirr", "Gaskni", "1990-11-11");
        assertThat(compare(a, b).pattern()).isEqualTo(compare(b, a).pattern());
    }
}
