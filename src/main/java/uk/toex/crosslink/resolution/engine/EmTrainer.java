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
    static double[][] estimate(Map<Integer, Long> patterns, double[][] u, double[][] priorM, boolean[] estimate,
                               double[] lambdaOut) {
        return estimate(patterns, u, priorM, estimate, estimate, lambdaOut);
    }

    /** As above, but the likelihood uses the features in {@code use}; only those in {@code estimate} are re-estimated. */
    static double[][] estimate(Map<Integer, Long> patterns, double[][] u, double[][] priorM, boolean[] use,
                               boolean[] estimate, double[] lambdaOut) {
        double[][] m = copy(priorM);
        double lambda = 0.1;
        int[] levels = new int[Feature.COUNT];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] expected = new double[Feature.COUNT][];
            for (int f = 0; f < Feature.COUNT; f++) {
                expected[f] = new double[Feature.ALL[f].levelCount()];
            }
            double matched = 0;
            double total = 0;
            for (Map.Entry<Integer, Long> entry : patterns.entrySet()) {
                Comparison.decode(entry.getKey(), levels);
                double logMatch = Math.log(lambda);
                double logNon = Math.log(1 - lambda);
                for (int f = 0; f < Feature.COUNT; f++) {
                    if (use[f] && levels[f] != Feature.ALL[f].missing()) {
                        logMatch += Math.log(m[f][levels[f]]);
                        logNon += Math.log(u[f][levels[f]]);
                    }
                }
                double p = 1 / (1 + Math.exp(logNon - logMatch));
                double count = entry.getValue();
                matched += count * p;
                total += count;
                for (int f = 0; f < Feature.COUNT; f++) {
                    expected[f][levels[f]] += count * p;
                }
            }
            for (int f = 0; f < Feature.COUNT; f++) {
                if (estimate[f]) {
                    m[f] = maximise(expected[f], priorM[f], Feature.ALL[f].missing());
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
            int missing = Feature.ALL[f].missing();
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
