package uk.toex.crosslink.resolution.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.support.CrosslinkTest;
import uk.toex.crosslink.support.GraphQlTesters;

/** explainMatch as an analyst reads it: threshold and probability, rounded weights, a sentence per feature. */
@CrosslinkTest
class ExplainMatchForAnalystsTest {

    static final String ATTILA = "NORFOLK/ATHENA/1";
    static final String GEORGI_CYRILLIC = "KENT/ATHENA/K1";
    static final String GEORGI_LATIN = "NCA/PND/X1";
    static final String ATTILA_NAGY = "KENT/ATHENA/K2";

    @Autowired
    GraphQlTesters testers;

    @Autowired
    Driver driver;

    @Autowired
    ResolutionService resolution;

    @BeforeEach
    void resolvedFamily() {
        LakatosFamily.loadResolved(driver, resolution);
    }

    @Test
    void showsTheThresholdInUseTheProbabilityAndASentencePerFeatureWithRoundedWeights() {
        GraphQlTester.Response response = explain(GEORGI_CYRILLIC, GEORGI_LATIN);
        double score = response.path("explainMatch.score").entity(Double.class).get();
        response.path("explainMatch.probability").entity(Double.class).isEqualTo(score);
        response.path("explainMatch.threshold").entity(Double.class).isEqualTo(0.9);
        response.path("explainMatch.contradiction").valueIsNull();
        List<Map<String, Object>> features = features(response);
        assertThat(features).allSatisfy(f -> {
            assertThat((String) f.get("explanation")).isNotBlank();
            double weight = ((Number) f.get("weight")).doubleValue();
            assertThat(f.get("displayWeight")).isEqualTo(String.format(Locale.ROOT, "%+.1f", weight));
        });
        double bits = features.stream().mapToDouble(f -> ((Number) f.get("weight")).doubleValue()).sum();
        assertThat(response.path("explainMatch.bits").entity(Double.class).get()).isCloseTo(bits, within(1e-9));
        assertThat(row(features, "givenNames").get("explanation"))
                .isEqualTo("same given names in another script or spelling: Георги / Georgi");
        assertThat(row(features, "dob").get("explanation")).isEqualTo("same date of birth: 1990-01-15 / 1990-01-15");
    }

    @Test
    void aContradictionRowSaysThatItForbidsTheLink() {
        GraphQlTester.Response response = explain(ATTILA, ATTILA_NAGY);
        response.path("explainMatch.contradiction").entity(String.class).isEqualTo("DOB_YEARS_APART");
        response.path("explainMatch.sameEntity").entity(Boolean.class).isEqualTo(false);
        assertThat(row(features(response), "contradiction").get("explanation"))
                .isEqualTo("forbids linking these records whatever the score: dates of birth years apart");
    }

    private GraphQlTester.Response explain(String a, String b) {
        return testers.analyst(Caller.ALL_FORCES).documentName("explainMatchForAnalysts").variable("a", a).variable("b", b)
                .execute();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> features(GraphQlTester.Response response) {
        return response.path("explainMatch.features").entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
    }

    private static Map<String, Object> row(List<Map<String, Object>> features, String feature) {
        return features.stream().filter(f -> feature.equals(f.get("feature"))).findFirst().orElseThrow();
    }
}
