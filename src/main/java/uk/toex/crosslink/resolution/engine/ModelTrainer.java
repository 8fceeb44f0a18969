package uk.toex.crosslink.resolution.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimates parameters from the data itself, without labels: u from random pairs, m by EM in
 * two sessions like Splink's (pairs agreeing on family name and birth date estimate the other
 * features; pairs sharing an email or document estimate names, date and phone), then lambda
 * over a sample of all candidate pairs.
 */
final class ModelTrainer {

    private static final int RANDOM_PAIRS = 200_000;
    private static final long CANDIDATE_SAMPLE = 400_000;
    private static final int MIN_SESSION_PAIRS = 30;

    private final Dataset data;
    private final BlockIndex index;
    private int stride = 1;

    ModelTrainer(Dataset data, BlockIndex index) {
        this.data = data;
        this.index = index;
    }

    ModelParameters train() {
        ModelParameters priors = ModelParameters.priors();
        double[][] u = randomPairU(priors.u());
        double[][] priorM = EmTrainer.normalised(priors.m());
        Map<Integer, Long> all = new HashMap<>();
        Map<Integer, Long> nameAndDob = new HashMap<>();
        Map<Integer, Long> identifiers = new HashMap<>();
        samplePatterns(all, nameAndDob, identifiers);
        double[] lambda = new double[1];
        double[][] m = EmTrainer.copy(priorM);
        double[][] sum = new double[Feature.COUNT][];
        int[] sessions = new int[Feature.COUNT];
        session(nameAndDob, u, priorM, exclude(Feature.FAMILY_NAME, Feature.DOB), sum, sessions);
        session(identifiers, u, priorM, exclude(Feature.EMAIL, Feature.DOCUMENT), sum, sessions);
        for (int f = 0; f < Feature.COUNT; f++) {
            if (sessions[f] > 0) {
                for (int l = 0; l < m[f].length; l++) {
                    m[f][l] = sum[f][l] / sessions[f];
                }
            }
        }
        return new ModelParameters(m, u, all.isEmpty() ? priors.lambda() : randomPairLambda(all, m, u));
    }

    /**
     * u comes from random pairs, so the prior must be the chance that two random records match,
     * not that a candidate pair does. Pairs that are not candidates are taken as non-matches; the
     * expected matches among candidates (scaled up from the sample) over all pairs is iterated to
     * a fixed point.
     */
    private double randomPairLambda(Map<Integer, Long> sampled, double[][] m, double[][] u) {
        double allPairs = Math.max(1, (double) data.size() * (data.size() - 1) / 2);
        int[] levels = new int[Feature.COUNT];
        double[] ratio = new double[sampled.size()];
        double[] count = new double[sampled.size()];
        int k = 0;
        for (Map.Entry<Integer, Long> entry : sampled.entrySet()) {
            Comparison.decode(entry.getKey(), levels);
            double logRatio = 0;
            for (int f = 0; f < Feature.COUNT; f++) {
                if (levels[f] != Feature.ALL[f].missing()) {
                    logRatio += Math.log(m[f][levels[f]] / u[f][levels[f]]);
                }
            }
            ratio[k] = Math.exp(Math.min(700, logRatio));
            count[k++] = entry.getValue() * (double) stride;
        }
        double lambda = 1e-4;
        for (int iteration = 0; iteration < 50; iteration++) {
            double odds = lambda / (1 - lambda);
            double matches = 0;
            for (int i = 0; i < ratio.length; i++) {
                matches += count[i] * (odds * ratio[i]) / (1 + odds * ratio[i]);
            }
            lambda = Math.min(0.5, Math.max(1e-12, matches / allPairs));
        }
        return lambda;
    }

    private void session(Map<Integer, Long> patterns, double[][] u, double[][] priorM, boolean[] estimate,
                         double[][] sum, int[] sessions) {
        long pairs = patterns.values().stream().mapToLong(Long::longValue).sum();
        if (pairs < MIN_SESSION_PAIRS) {
            return;
        }
        double[][] m = EmTrainer.estimate(patterns, u, priorM, estimate, new double[1]);
        for (int f = 0; f < Feature.COUNT; f++) {
            if (estimate[f]) {
                if (sum[f] == null) {
                    sum[f] = new double[m[f].length];
                }
                for (int l = 0; l < m[f].length; l++) {
                    sum[f][l] += m[f][l];
                }
                sessions[f]++;
            }
        }
    }

    private static boolean[] exclude(Feature... features) {
        boolean[] estimate = new boolean[Feature.COUNT];
        java.util.Arrays.fill(estimate, true);
        for (Feature f : features) {
            estimate[f.ordinal()] = false;
        }
        return estimate;
    }

    private void samplePatterns(Map<Integer, Long> all, Map<Integer, Long> nameAndDob, Map<Integer, Long> identifiers) {
        int n = data.size();
        stride = (int) Math.max(1, index.pairsUpperBound / CANDIDATE_SAMPLE);
        int[] stamp = new int[n];
        Comparison c = new Comparison();
        PairComparator comparator = data.comparator();
        for (int i = 0; i < n; i += stride) {
            final int left = i;
            index.candidates(i, stamp, j -> {
                comparator.compare(data.record(left), data.record(j), c);
                int pattern = c.pattern();
                all.merge(pattern, 1L, Long::sum);
                if (c.level(Feature.FAMILY_NAME) <= NameLevel.TRANSLITERATED && c.level(Feature.DOB) <= 1) {
                    nameAndDob.merge(pattern, 1L, Long::sum);
                }
                // phones are shared in households and brothels: only personal identifiers train here
                if (c.level(Feature.EMAIL) == 0 || c.level(Feature.DOCUMENT) == 0) {
                    identifiers.merge(pattern, 1L, Long::sum);
                }
            });
        }
    }

    private double[][] randomPairU(double[][] priorU) {
        int n = data.size();
        double[][] counts = new double[Feature.COUNT][];
        for (int f = 0; f < Feature.COUNT; f++) {
            counts[f] = new double[Feature.ALL[f].levelCount()];
        }
        long allPairs = (long) n * (n - 1) / 2;
        Comparison c = new Comparison();
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
        for (int f = 0; f < Feature.COUNT; f++) {
            int missing = Feature.ALL[f].missing();
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
        for (int f = 0; f < Feature.COUNT; f++) {
            counts[f][c.level[f]]++;
        }
    }
}
