package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.toex.crosslink.resolution.engine.PairComparatorTest.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairExplainerTest {

    /** Term frequencies as a trained model keeps them, so the adjustment takes part. */
    private static final ResolutionModel MODEL = new ResolutionModel(ModelParameters.priors(),
            Map.of("names", Map.of("stoyanov", 40, "georgi", 90, "petrov", 300), "dobs", Map.of("19840307", 3)), 100_000, "t");

    @Test
    void explainingManyCandidatesAtOnceGivesEachPairItsOwnExplanation() {
        PersonInput search = person("search/query/1", "Georgi", "Stojanov", "1984-03-07");
        List<PersonInput> candidates = List.of(
                person("N/A/1", "Georgi", "Stoyanov", "1984-03-07"),
                person("S/N/1", "Георги", "Стоянов", "1984"),
                person("E/A/1", "Gueorgui", "STOYANOV", "1984-03-07"),
                person("N/A/2", "Ivan", "Petrov", "1979-06-30"),
                person("N/A/3", "Georgi", "Stoyanov", "1961-11-20"));
        for (ResolutionModel model : List.of(MODEL, ResolutionModel.untrained())) {
            List<PairExplanation> together = PairExplainer.explainEach(search, candidates, model);
            assertThat(together).hasSize(candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                assertThat(together.get(i)).isEqualTo(PairExplainer.explain(search, candidates.get(i), model));
            }
        }
    }

    @Test
    void aRecordComparedWithItselfIsOneRecordTwiceNotAReplacement() {
        PersonInput record = person("N/A/1", "Georgi", "Stoyanov", "1984-03-07");
        PairExplanation self = PairExplainer.explain(record, record, MODEL);
        assertThat(self.bits()).isGreaterThan(PairExplainer.explain(record, person("N/A/2", "Georgi", "Stoyanov", "1984"), MODEL).bits());
        assertThat(self.contradiction()).isNull();
    }
}
