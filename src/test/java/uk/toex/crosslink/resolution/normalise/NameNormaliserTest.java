package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Lakatos Attila|lakatos attila",
        "'LAKATOS, Atila'|lakatos atila",
        "Rézműves|rezmuves",
        "Ștefan Popescu|stefan popescu",
        "Ştefan Popescu|stefan popescu",
        "Ţurcanu|turcanu",
        "Иванов|ivanov",
        "Łukasz Wójcik|lukasz wojcik",
        "O'Brien|obrien",
        "Nagy-Kovács Éva|nagy kovacs eva",
        "Mr John  SMITH|john smith",
        "Sir John Smith 5th Bt.|john smith",
        "Rt. Hon. Jane Doe|jane doe",
        "Henry Ford II|henry ford",
        "Martin Luther King Jr.|martin luther king",
        "ΓΙΩΡΓΟΣ|giorgos",
        "Straße|strasse",
        "Kovács, Mária|kovacs maria",
    })
    void foldsScriptsDiacriticsCaseAndPunctuationIntoParts(String recorded, String expected) {
        assertThat(String.join(" ", NameNormaliser.parts(recorded, null))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Христо Кръстев|BG|khristo krustev",
        "Щерев|BGR|shterev",
        "Кръстев|''|krustev",
        "Жечев|Bulgaria|zhechev",
        "Юлия|BG|yuliya",
    })
    void romanisesBulgarianWithBulgarianRules(String recorded, String nationality, String expected) {
        assertThat(String.join(" ", NameNormaliser.parts(recorded, nationality))).isEqualTo(expected);
    }

    @Test
    void bulgarianRulesAreNotRussianRules() {
        assertThat(NameNormaliser.parts("Щерев", "BG")).containsExactly("shterev");
        assertThat(NameNormaliser.parts("Щербаков", "RU")).doesNotContain("shterbakov");
    }

    @Test
    void detectsBulgarianFromNationalityOrLetters() {
        assertThat(ScriptHints.isBulgarian("Petrov", "BG")).isTrue();
        assertThat(ScriptHints.isBulgarian("Кръстев", null)).isTrue();
        assertThat(ScriptHints.isBulgarian("Крылов", null)).isFalse();
        assertThat(ScriptHints.isBulgarian("Петров", "RU")).isFalse();
        assertThat(ScriptHints.isBulgarian("Smith", null)).isFalse();
    }

    @Test
    void keepsDiacriticsInLatinPartsAndCaseOnlyInWrittenParts() {
        assertThat(NameNormaliser.latinParts("RÉZMŰVES László", null)).containsExactly("rézműves", "lászló");
        assertThat(NameNormaliser.writtenParts("Ştefan")).isEqualTo(NameNormaliser.writtenParts("ȘTEFAN"));
        assertThat(NameNormaliser.writtenParts("Иванов")).containsExactly("иванов");
    }

    @Test
    void treatsBlankAsNoName() {
        assertThat(NameNormaliser.parts(null, null)).isEmpty();
        assertThat(NameNormaliser.parts("  ", null)).isEmpty();
        assertThat(NameNormaliser.parts("--", null)).isEmpty();
        assertThat(NameNormaliser.parts("Mr", null)).isEqualTo(List.of());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"فيصل,Faisal", "صديقي,Siddiqui", "محمد,Mohammed", "محمد,Muhammad", "يوسف,Yusuf", "مصطفى,Mustafa"})
    void namesWrittenWithoutVowelsShareTheirConsonantSkeletonWithTheLatinSpelling(String unvowelled, String latin) {
        assertThat(NameNormaliser.skeleton(NameNormaliser.parts(unvowelled, null).get(0)))
                .isEqualTo(NameNormaliser.skeleton(NameNormaliser.parts(latin, null).get(0)));
    }

    @Test
    void differentConsonantsAreDifferentSkeletons() {
        assertThat(NameNormaliser.skeleton("faisal")).isEqualTo("fsl").isNotEqualTo(NameNormaliser.skeleton("fazil"));
    }

    @Test
    void aWholeNameInTheFamilyFieldWithNoGivenNameIsSplitAtTheComma() {
        assertThat(NameNormaliser.fields("POPA, Ion", null)).isEqualTo(new NameNormaliser.Fields("POPA", " Ion"));
        assertThat(NameNormaliser.fields("POPA, Ion", "Ion")).isEqualTo(new NameNormaliser.Fields("POPA, Ion", "Ion"));
        assertThat(NameNormaliser.fields("Popa", null)).isEqualTo(new NameNormaliser.Fields("Popa", null));
    }
}
