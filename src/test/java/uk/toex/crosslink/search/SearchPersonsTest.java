package uk.toex.crosslink.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.InvestigationWorld;
import uk.toex.crosslink.support.InvestigationWorldTest;

/** searchPersons over HTTP against the ingested and resolved {@link InvestigationWorld}. */
@CrosslinkTest
class SearchPersonsTest extends InvestigationWorldTest {

    @Autowired
    ApplicationContext beans;

    @Test
    void theServiceCatchesUpMissingSearchWordsWhenItStarts() {
        assertThat(beans.getBeansOfType(SearchWordsOnStart.class)).hasSize(1);
    }

    @Test
    void findsOnePersonUnderEverySpellingAndScriptOfTheName() {
        for (String name : List.of("Georgi Stojanov", "Стоянов Георги", "STOYANOV, Gueorgui", "Gheorghi Stoianov")) {
            List<Map<String, Object>> matches = search(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"),
                    Map.of("name", name, "dob", "1984-03-07"));
            assertThat(matches).as(name).isNotEmpty();
            assertThat(recordIds(matches.get(0))).as(name).contains("N1", "S1", "E1");
        }
    }

    @Test
    void findsAPersonByAMisspeltNameWhoseSoundsDifferThroughTheFuzzyLookup() {
        List<Map<String, Object>> matches = search(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"), Map.of("name", "Stoyavon"));
        assertThat(matches).anySatisfy(m -> assertThat(recordIds(m)).contains("N1"));
    }

    @Test
    void ranksTheNamesakeBornOtherwiseBelowAndExplainsEachFeature() {
        List<Map<String, Object>> matches = search(graphQl.analyst("NORFOLK", "SUFFOLK", "ESSEX"),
                Map.of("name", "Georgi Stoyanov", "dob", "1984-03-07"));
        assertThat(recordIds(matches.get(0))).contains("N1");
        assertThat(matches).anySatisfy(m -> assertThat(recordIds(m)).containsExactly("N3"));
        double namesake = matches.stream().filter(m -> recordIds(m).contains("N3")).map(m -> (Double) m.get("score"))
                .findFirst().orElseThrow();
        assertThat(namesake).isLessThan((Double) matches.get(0).get("score"));
        assertThat(features(matches.get(0))).extracting(f -> f.get("feature"))
                .contains("prior", "familyName", "givenNames", "dob");
        assertThat(features(matches.get(0))).filteredOn(f -> "dob".equals(f.get("feature")))
                .allSatisfy(f -> assertThat(f.get("comparison")).isEqualTo("EXACT"));
    }

    @Test
    void findsByAnIdentifierInAnyFormat() {
        assertThat(recordIds(search(graphQl.analyst("SUFFOLK", "NORFOLK"), Map.of("phone", "+447700900123")).get(0)))
                .contains("N1", "S1");
        assertThat(recordIds(search(graphQl.analyst("ESSEX"), Map.of("idDocument", "bg1234567")).get(0)))
                .contains("E1");
        assertThat(recordIds(search(graphQl.analyst("NORFOLK"), Map.of("idDocument", "PASSPORT:BG-1234567")).get(0)))
                .contains("N1");
    }

    @Test
    void aCallerFindsOnlyThroughRecordsItMaySee() {
        // ESSEX handles its records C: a NORFOLK analyst finds Georgi through N1 and S1, never sees E1
        List<Map<String, Object>> norfolk = search(graphQl.analyst("NORFOLK"), Map.of("name", "STOYANOV, Gueorgui",
                "dob", "1984-03-07"));
        assertThat(recordIds(norfolk.get(0))).contains("N1").doesNotContain("E1");
        assertThat(norfolk).allSatisfy(m -> assertThat(recordIds(m)).doesNotContain("E1", "E2"));
        // E1's passport alone leads a NORFOLK caller to nothing of ESSEX's
        assertThat(search(graphQl.analyst("SUFFOLK"), Map.of("idDocument", "BG1234567")))
                .allSatisfy(m -> assertThat(recordIds(m)).doesNotContain("E1"));
        // a partner never finds a protected person (Elena Marin is flagged VICTIM) by name or phone
        assertThat(search(graphQl.partner("SUFFOLK"), Map.of("name", "Elena Marin"))).isEmpty();
        assertThat(search(graphQl.partner("SUFFOLK"), Map.of("phone", InvestigationWorld.ADVERT_PHONE))).isEmpty();
        assertThat(recordIds(search(graphQl.analyst("SUFFOLK"), Map.of("name", "Elena Marin")).get(0))).contains("S3");
    }

    @Test
    void refusesASearchWithNothingToSearchByOrTooLargeAPage() {
        graphQl.analyst("NORFOLK").documentName("searchPersons").variable("input", Map.of("dob", "1984")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("date of birth alone")));
        graphQl.analyst("NORFOLK").document("{ searchPersons(input: {name: \"Ivan\"}, first: 101) { score } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("first must be between 1 and 100")));
    }

    static List<Map<String, Object>> search(HttpGraphQlTester tester, Map<String, Object> input) {
        return tester.documentName("searchPersons").variable("input", input).variable("first", 10).execute()
                .path("searchPersons").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> recordIds(Map<String, Object> match) {
        Map<String, Object> person = (Map<String, Object>) match.get("person");
        return ((List<Map<String, Object>>) person.get("records")).stream().map(r -> (String) r.get("recordId")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> features(Map<String, Object> match) {
        return (List<Map<String, Object>>) match.get("explanation");
    }
}
