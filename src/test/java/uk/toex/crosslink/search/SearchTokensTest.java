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
}
