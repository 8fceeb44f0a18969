package uk.toex.crosslink.resolution.engine;

/**
 * Fellegi-Sunter parameters: per feature and level, m (how often true matches agree at that
 * level) and u (how often non-matches do), and lambda, the share of candidate pairs that match.
 * A plain value: serialised to JSON and kept in the store with the term frequencies.
 */
public record ModelParameters(double[][] m, double[][] u, double lambda) {

    /** Sensible starting points, also the fallback for features too rare to estimate. */
    static ModelParameters priors() {
        double[][] m = {
            {0.80, 0.05, 0.001, 0.06, 0.03, 0.001, 0.02, 0.03, 0},
            {0.68, 0.05, 0.06, 0.06, 0.02, 0.03, 0.03, 0.05, 0},
            {0.80, 0.06, 0.03, 0.04, 0.03, 0.04, 0},
            {0.60, 0.40, 0},
            {0.70, 0.30, 0},
            {0.80, 0.05, 0.02, 0.13, 0},
            {0.50, 0.10, 0.10, 0.30, 0},
            {0.97, 0.03, 0},
            {0.90, 0.10, 0},
        };
        double[][] u = {
            {0.01, 0.001, 0.0001, 0.002, 0.005, 0.0001, 0.02, 0.96, 0},
            {0.02, 0.001, 0.002, 0.003, 0.01, 0.005, 0.03, 0.93, 0},
            {0.0001, 0.0005, 0.00005, 0.002, 0.0001, 0.99725, 0},
            {0.00001, 0.99999, 0},
            {0.00001, 0.99999, 0},
            {0.00001, 0.0001, 0.5, 0.49989, 0},
            {0.0005, 0.001, 0.02, 0.9785, 0},
            {0.5, 0.5, 0},
            {0.5, 0.5, 0},
        };
        return new ModelParameters(m, u, 0.01);
    }

    /** log2(m/u) of a level; missing evidence weighs nothing. */
    double weight(int feature, int level) {
        if (level == Feature.ALL[feature].missing()) {
            return 0;
        }
        double w = Math.log(m[feature][level] / u[feature][level]) / Math.log(2);
        return Math.max(-MAX_LEVEL_BITS, Math.min(MAX_LEVEL_BITS, w));
    }

    static final double MAX_LEVEL_BITS = 16;
}
