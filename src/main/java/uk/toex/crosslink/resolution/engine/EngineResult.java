package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * What a run decided: for every record its cluster (the key of the cluster's first member in key
 * order) and link score, the links that formed each cluster, the uncertain pairs for review,
 * and the figures of the run.
 */
public record EngineResult(List<String> keys, String[] clusterOf, double[] linkProbability,
                           List<ScoredPair> formingLinks, List<ScoredPair> reviewPairs, RunStats stats) {

    /** Two records, the probability they are one person, and whether a contradiction forbids it. */
    public record ScoredPair(String recordA, String recordB, double probability, boolean contradiction) {
    }

    /**
     * @param records        records resolved
     * @param pairsCompared  distinct candidate pairs scored
     * @param reductionRatio 1 - pairsCompared / all possible pairs
     * @param oversizedBlocks blocks skipped for exceeding the cap
     * @param clusters       resolved persons
     * @param millis         wall time per stage: prepare, blocking, training, scoring, clustering
     */
    public record RunStats(int records, long pairsCompared, double reductionRatio, int oversizedBlocks, int clusters,
                           long[] millis) {
    }
}
