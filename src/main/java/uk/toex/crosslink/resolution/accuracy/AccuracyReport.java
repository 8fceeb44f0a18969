package uk.toex.crosslink.resolution.accuracy;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise and B-cubed precision, recall and F1 of predicted clusters against a ground truth,
 * both given as record key to cluster id. Records missing from the prediction count as singletons.
 */
public record AccuracyReport(int records, double pairwisePrecision, double pairwiseRecall, double pairwiseF1,
                             double bcubedPrecision, double bcubedRecall, double bcubedF1,
                             long truePairs, long predictedPairs, long correctPairs) {

    public static AccuracyReport of(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, Integer> trueSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String pred = predicted.getOrDefault(e.getKey(), "\u0000" + e.getKey());
            trueSize.merge(e.getValue(), 1, Integer::sum);
            predSize.merge(pred, 1, Integer::sum);
            both.merge(e.getValue() + "\u0001" + pred, 1, Integer::sum);
        }
        long truePairs = trueSize.values().stream().mapToLong(AccuracyReport::pairs).sum();
        long predPairs = predSize.values().stream().mapToLong(AccuracyReport::pairs).sum();
        long correct = both.values().stream().mapToLong(AccuracyReport::pairs).sum();
        double p = predPairs == 0 ? 1 : correct / (double) predPairs;
        double r = truePairs == 0 ? 1 : correct / (double) truePairs;
        double bp = 0;
        double br = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String pred = predicted.getOrDefault(e.getKey(), "\u0000" + e.getKey());
            int overlap = both.get(e.getValue() + "\u0001" + pred);
            bp += overlap / (double) predSize.get(pred);
            br += overlap / (double) trueSize.get(e.getValue());
        }
        int n = truth.size();
        bp = n == 0 ? 1 : bp / n;
        br = n == 0 ? 1 : br / n;
        return new AccuracyReport(n, p, r, f1(p, r), bp, br, f1(bp, br), truePairs, predPairs, correct);
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("records=%d pairwise P=%.4f R=%.4f F1=%.4f | B-cubed P=%.4f R=%.4f F1=%.4f | pairs true=%d predicted=%d correct=%d",
                records, pairwisePrecision, pairwiseRecall, pairwiseF1, bcubedPrecision, bcubedRecall, bcubedF1,
                truePairs, predictedPairs, correctPairs);
    }
}
