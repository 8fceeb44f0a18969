package uk.toex.crosslink.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.resolution.engine.PersonInput;

/** The words search finds a record by come from resolution's normalisers. */
class SearchTokensTest {

    @Test
    void anArabicNameIsFoundByItsLatinSpellingThroughTheConsonantSkeleton() {
        PersonInput arabic = new PersonInput("A/S/1", "فيصل", "صديقي", null, null, null, null, null, null, null, null, null);
        List<String> indexed = Arrays.asList(SearchTokens.of(arabic).split(" "));
        assertThat(indexed).contains("kfsl", "ksdk");
        assertThat(SearchTokens.query("Faisal Siddiqui", null).split(" ")).contains("kfsl", "ksdk");
    }

    @Test
    void aNameIsLookedUpAsWrittenAndByItsSoundsWithoutFuzzyTerms() {
        assertThat(SearchTokens.query("Georgi Stoyanov", "1984-03-07")).doesNotContain("~")
                .contains("georgi", "stoyanov", "y1984^2", "d19840307^3");
    }

    @Test
    void onlyAPartNoCandidateHoldsAsWrittenIsLookedUpFuzzily() {
        List<String> found = List.of("georgi mJRJ kgrg stoyanov mSTNF kstnv y1984");
        assertThat(SearchTokens.unmatchedParts("Georgi Stoyanov", found)).isEmpty();
        assertThat(SearchTokens.unmatchedParts("Georgi Stoyavon", found)).containsExactly("stoyavon");
        assertThat(SearchTokens.unmatchedParts("Stoyavon Li", List.of())).containsExactly("stoyavon"); // "li" is too short to fuzz
        assertThat(SearchTokens.query("Georgi Stoyavon", null, java.util.Set.of("stoyavon")).split(" "))
                .contains("stoyavon~2", "georgi").doesNotContain("georgi~1");
    }

    @Test
    void aTypoTheSoundsDoNotAbsorbSharesNoWordWithTheNameAsRecorded() {
        PersonInput recorded = new PersonInput("A/S/1", "Georgi", "Stoyanov", null, null, null, null, null, null, null, null, null);
        List<String> indexed = Arrays.asList(SearchTokens.of(recorded).split(" "));
        // so only the fuzzy lookup of the unmatched part finds this record by the misspelt family name
        assertThat(SearchTokens.query("Stoyavon", null).split(" ")).doesNotContainAnyElementsOf(indexed);
    }
}
