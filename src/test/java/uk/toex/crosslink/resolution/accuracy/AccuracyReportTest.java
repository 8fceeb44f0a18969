package uk.toex.crosslink.resolution.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccuracyReportTest {

    @Test
    void scoresPerfectClustersAsOne() {
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "2");
        AccuracyReport r = AccuracyReport.of(truth, Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(r.pairwiseF1()).isEqualTo(1.0);
        assertThat(r.bcubedF1()).isEqualTo(1.0);
    }

    @Test
    void countsPairsAndRecordsAsTheTextbookDefinitions() {
        // truth {a,b,c} {d}; predicted {a,b} {c,d}
        Map<String, String> truth = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        AccuracyReport r = AccuracyReport.of(truth, Map.of("a", "x", "b", "x", "c", "y", "d", "y"));
        assertThat(r.truePairs()).isEqualTo(3);
        assertThat(r.predictedPairs()).isEqualTo(2);
        assertThat(r.correctPairs()).isEqualTo(1);
        assertThat(r.pairwisePrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.pairwiseRecall()).isCloseTo(1 / 3.0, within(1e-9));
        // B-cubed precision: a 1, b 1, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
        assertThat(r.bcubedPrecision()).isCloseTo(0.75, within(1e-9));
        assertThat(r.bcubedRecall()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void treatsRecordsMissingFromThePredictionAsSingletons() {
        AccuracyReport r = AccuracyReport.of(Map.of("a", "1", "b", "1"), Map.of());
        assertThat(r.pairwiseRecall()).isZero();
        assertThat(r.bcubedPrecision()).isEqualTo(1.0);
    }
}
