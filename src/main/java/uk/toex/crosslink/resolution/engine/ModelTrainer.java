package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates parameters from the data itself, without labels: u from random pairs, m by EM in
 * several sessions like Splink's, each over the candidate pairs one training rule selects and
 * leaving out the features that rule selects on (so a data set without dates of birth still
 * trains on names, one without identifiers on names and dates), then lambda over a sample of
 * all candidate pairs. A rule whose fields the data does not populate selects too few pairs
 * and is skipped; a feature is averaged over the sessions that estimated it.
 */
final class ModelTrainer {

    private static final int RANDOM_PAIRS = 200_000;
    private static final long CANDIDATE_SAMPLE = 400_000;
    private static final int MIN_SESSION_PAIRS = 30;

    private final Dataset data;
    private final FeatureSet features;
    private final int count;
    private final BlockIndex index;
    private int stride = 1;

    ModelTrainer(Dataset data, BlockIndex index) {
        this.data = data;
        this.features = data.features;
        this.count = features.count();
        this.index = index;
    }

    ModelParameters train() {
        ModelParameters priors = ModelParameters.priors(features.extras);
        double[][] u = randomPairU(priors.u());
        double[][] priorM = EmTrainer.normalised(priors.m());
        Map<Long, Long> all = new HashMap<>();
        List<Map<Long, Long>> selected = new ArrayList<>();
        for (int r = 0; r < TrainingRule.ALL.size(); r++) {
            selected.add(new HashMap<>());
        }
        samplePatterns(all, selected);
        double[][] m = EmTrainer.copy(priorM);
        double[][] sum = new double[count][];
        int[] sessions = new int[count];
        double[][] fallbackSum = new double[count][];
        int[] fallbackSessions = new int[count];
        for (int r = 0; r < TrainingRule.ALL.size(); r++) {
            TrainingRule rule = TrainingRule.ALL.get(r);
            boolean[] estimates = rule.estimates(count);
            boolean[] fallback = new boolean[count];
            boolean[] counted = estimates.clone();
            for (Feature f : rule.fallbackOnly()) {
                fallback[f.ordinal()] = estimates[f.ordinal()];
                counted[f.ordinal()] = false;
            }
            double[][] estimated = session(selected.get(r), u, priorM, estimates, counted, sum, sessions);
            for (int f = 0; estimated != null && f < count; f++) {
                if (fallback[f]) {
                    fallbackSum[f] = estimated[f];
                    fallbackSessions[f] = 1;
                }
            }
        }
        for (int f = 0; f < count; f++) {
            if (sessions[f] == 0 && fallbackSessions[f] > 0) {
                sum[f] = fallbackSum[f];
                sessions[f] = 1;
            }
        }
        for (int f = 0; f < count; f++) {
            if (sessions[f] > 0) {
                for (int l = 0; l < m[f].length; l++) {
                    m[f][l] = sum[f][l] / sessions[f];
                }
            }
        }
        return new ModelParameters(m, u, all.isEmpty() ? priors.lambda() : randomPairLambda(all, m, u), features.extras);
    }

    /**
     * u comes from random pairs, so the prior must be the chance that two random records match,
     * not that a candidate pair does. Pairs that are not candidates are taken as non-matches; the
     * expected matches among candidates (scaled up from the sample) over all pairs is iterated to
     * a fixed point.
     */
    private double randomPairLambda(Map<Long, Long> sampled, double[][] m, double[][] u) {
        double allPairs = Math.max(1, (double) data.size() * (data.size() - 1) / 2);
        int[] levels = new int[count];
        double[] ratio = new double[sampled.size()];
        double[] pairs = new double[sampled.size()];
        int k = 0;
        for (Map.Entry<Long, Long> entry : sampled.entrySet()) {
            Comparison.decode(features, entry.getKey(), levels);
            double logRatio = 0;
            for (int f = 0; f < count; f++) {
                if (levels[f] != features.missing(f)) {
                    logRatio += Math.log(m[f][levels[f]] / u[f][levels[f]]);
                }
            }
            ratio[k] = Math.exp(Math.min(700, logRatio));
            pairs[k++] = entry.getValue() * (double) stride;
        }
        double lambda = 1e-4;
        for (int iteration = 0; iteration < 50; iteration++) {
            double odds = lambda / (1 - lambda);
            double matches = 0;
            for (int i = 0; i < ratio.length; i++) {
                matches += pairs[i] * (odds * ratio[i]) / (1 + odds * ratio[i]);
            }
            lambda = Math.min(0.5, Math.max(1e-12, matches / allPairs));
        }
        return lambda;
    }

    /** One EM session: adds its estimates of the features it may estimate, returns them all (null if too few pairs). */
    private double[][] session(Map<Long, Long> patterns, double[][] u, double[][] priorM, boolean[] estimate,
                               boolean[] counted, double[][] sum, int[] sessions) {
        long pairs = patterns.values().stream().mapToLong(Long::longValue).sum();
        if (pairs < MIN_SESSION_PAIRS) {
            return null;
        }
        double[][] m = EmTrainer.estimate(features, patterns, u, priorM, estimate, new double[1]);
        for (int f = 0; f < count; f++) {
            if (counted[f]) {
                if (sum[f] == null) {
                    sum[f] = new double[m[f].length];
                }
                for (int l = 0; l < m[f].length; l++) {
                    sum[f][l] += m[f][l];
                }
                sessions[f]++;
            }
        }
        return m;
    }

    private void samplePatterns(Map<Long, Long> all, List<Map<Long, Long>> selected) {
        int n = data.size();
        stride = (int) Math.max(1, index.pairsUpperBound / CANDIDATE_SAMPLE);
        int[] stamp = new int[n];
        Comparison c = data.comparisonForRun();
        PairComparator comparator = data.comparator();
        for (int i = 0; i < n; i += stride) {
            final int left = i;
            index.candidates(i, stamp, j -> {
                comparator.compare(data.record(left), data.record(j), c);
                long pattern = c.pattern();
                all.merge(pattern, 1L, Long::sum);
                for (int r = 0; r < TrainingRule.ALL.size(); r++) {
                    if (TrainingRule.ALL.get(r).selects(c)) {
                        selected.get(r).merge(pattern, 1L, Long::sum);
                    }
                }
            });
        }
    }

    private double[][] randomPairU(double[][] priorU) {
        int n = data.size();
        double[][] counts = new double[count][];
        for (int f = 0; f < count; f++) {
            counts[f] = new double[features.levelCount(f)];
        }
        long allPairs = (long) n * (n - 1) / 2;
        Comparison c = data.comparisonForRun();
        PairComparator comparator = data.comparator();
        if (allPairs <= RANDOM_PAIRS) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    tally(comparator, i, j, c, counts);
                }
            }
        } else {
            SplittableRandom random = new SplittableRandom(20240131L);
            for (int k = 0; k < RANDOM_PAIRS; k++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                tally(comparator, i, j >= i ? j + 1 : j, c, counts);
            }
        }
        double[][] u = EmTrainer.normalised(priorU);
        for (int f = 0; f < count; f++) {
            int missing = features.missing(f);
            double known = 0;
            for (int l = 0; l < missing; l++) {
                known += counts[f][l];
            }
            if (known >= 200) {
                for (int l = 0; l < missing; l++) {
                    u[f][l] = (counts[f][l] + 0.5) / (known + 0.5 * missing);
                }
            }
        }
        return u;
    }

    private void tally(PairComparator comparator, int i, int j, Comparison c, double[][] counts) {
        comparator.compare(data.record(i), data.record(j), c);
        for (int f = 0; f < count; f++) {
            counts[f][c.level[f]]++;
        }
    }
}
