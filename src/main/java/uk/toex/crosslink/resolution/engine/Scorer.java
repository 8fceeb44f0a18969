package uk.toex.crosslink.resolution.engine;

/**
 * Match weight of a comparison vector: the prior log-odds plus, per feature, log2(m/u) of its
 * level, adjusted by term frequency where the pair agreed on one value (a shared {@code Nagy}
 * counts less than a shared {@code Rézműves}). Also says when a pair holds a contradiction no
 * weight may overrule.
 */
final class Scorer {

    /** A rare value may add at most this much, a common one take away at most {@link #TF_DOWN}. */
    static final double TF_UP = 4;
    static final double TF_DOWN = 10;
    /** Dates of birth further apart than this, and not a recognisable typo, are different people. */
    static final int DOB_YEARS_VETO = 3;

    private final double[][] weights = new double[Feature.COUNT][];
    private final double[][] u;
    final double prior;

    Scorer(ModelParameters parameters) {
        for (int f = 0; f < Feature.COUNT; f++) {
            weights[f] = new double[Feature.ALL[f].levelCount()];
            for (int l = 0; l < weights[f].length; l++) {
                weights[f][l] = parameters.weight(f, l);
            }
        }
        this.u = parameters.u();
        double lambda = Math.min(0.999, Math.max(1e-9, parameters.lambda()));
        this.prior = log2(lambda / (1 - lambda));
    }

    /** Log-odds in bits that the pair is one person. */
    double score(Comparison c) {
        double total = prior;
        for (int f = 0; f < Feature.COUNT; f++) {
            total += featureWeight(c, f);
        }
        return total;
    }

    double featureWeight(Comparison c, int f) {
        int level = c.level[f];
        double w = weights[f][level];
        if (c.frequency[f] > 0) {
            double adjustment = log2(u[f][level] / c.frequency[f]);
            w += Math.max(-TF_DOWN, Math.min(TF_UP, adjustment));
        }
        return w;
    }

    /**
     * Contradictions: two different numbers of one document type, dates of birth years apart,
     * or given names that share nothing unless the same full date of birth, a document or an
     * email ties the two records.
     */
    static boolean veto(Comparison c) {
        if (c.level(Feature.DOCUMENT) == Feature.DOCUMENT.level("CONFLICT")) {
            return true;
        }
        if (c.dobYearsApart > DOB_YEARS_VETO) {
            return true;
        }
        // relatives share family name, address and phone but not given name and date of birth
        boolean tied = c.level(Feature.DOCUMENT) == 0 || c.level(Feature.EMAIL) == 0
                || c.level(Feature.DOB) == Feature.DOB.level("EXACT");
        return c.level(Feature.GIVEN_NAME) == NameLevel.DIFFERENT && !tied;
    }

    static double probability(double bits) {
        return 1 / (1 + Math.pow(2, -bits));
    }

    static double bits(double probability) {
        double p = Math.min(1 - 1e-12, Math.max(1e-12, probability));
        return log2(p / (1 - p));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
