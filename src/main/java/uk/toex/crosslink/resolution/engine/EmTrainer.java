package uk.toex.crosslink.resolution.engine;

import java.util.Map;

/**
 * Expectation-maximisation of m probabilities from unlabelled comparison patterns, with u held
 * fixed (estimated from random pairs) and features the pairs were selected on left out, as a
 * blocking rule biases them. A Dirichlet prior of {@link #PRIOR_PAIRS} pseudo-pairs keeps small
 * or one-sided samples near sensible values.
 */
final class EmTrainer {

    static final double PRIOR_PAIRS = 20;
    private static final int ITERATIONS = 40;

    private EmTrainer() {
    }

    /** @return estimated m (rows of features not estimated are the prior's), lambda in {@code lambdaOut[0]} */
    static double[][] estimate(FeatureSet features, Map<Long, Long> patterns, double[][] u, double[][] priorM,
                               boolean[] estimate, double[] lambdaOut) {
        return estimate(features, patterns, u, priorM, estimate, estimate, lambdaOut);
    }

    /** As above, but the likelihood uses the features in {@code use}; only those in {@code estimate} are re-estimated. */
    static double[][] estimate(FeatureSet features, Map<Long, Long> patterns, double[][] u, double[][] priorM,
                               boolean[] use, boolean[] estimate, double[] lambdaOut) {
        int count = features.count();
        double[][] m = copy(priorM);
        double lambda = 0.1;
        int[] levels = new int[count];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] expected = new double[count][];
            for (int f = 0; f < count; f++) {
                expected[f] = new double[features.levelCount(f)];
            }
            double matched = 0;
            double total = 0;
            for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
                Comparison.decode(features, entry.getKey(), levels);
                double logMatch = Math.log(lambda);
                double logNon = Math.log(1 - lambda);
                for (int f = 0; f < count; f++) {
                    if (use[f] && levels[f] != features.missing(f)) {
                        logMatch += Math.log(m[f][levels[f]]);
                        logNon += Math.log(u[f][levels[f]]);
                    }
                }
                double p = 1 / (1 + Math.exp(logNon - logMatch));
                double pairs = entry.getValue();
                matched += pairs * p;
                total += pairs;
                for (int f = 0; f < count; f++) {
                    expected[f][levels[f]] += pairs * p;
                }
            }
            for (int f = 0; f < count; f++) {
                if (estimate[f]) {
                    m[f] = maximise(expected[f], priorM[f], features.missing(f));
                }
            }
            lambda = Math.min(0.99, Math.max(1e-6, total == 0 ? lambda : matched / total));
        }
        lambdaOut[0] = lambda;
        return m;
    }

    private static double[] maximise(double[] expected, double[] prior, int missing) {
        double[] out = new double[expected.length];
        double sum = 0;
        for (int l = 0; l < missing; l++) {
            out[l] = expected[l] + PRIOR_PAIRS * prior[l] + 1e-6;
            sum += out[l];
        }
        for (int l = 0; l < missing; l++) {
            out[l] /= sum;
        }
        out[missing] = 1;
        return out;
    }

    static double[][] normalised(double[][] table) {
        double[][] out = copy(table);
        for (int f = 0; f < out.length; f++) {
            int missing = out[f].length - 1; // MISSING is every feature's last level
            double sum = 0;
            for (int l = 0; l < missing; l++) {
                sum += out[f][l];
            }
            for (int l = 0; l < missing; l++) {
                out[f][l] /= sum;
            }
            out[f][missing] = 1;
        }
        return out;
    }

    static double[][] copy(double[][] table) {
        double[][] out = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            out[i] = table[i].clone();
        }
        return out;
    }
}
