package uk.toex.crosslink.resolution.engine;

/**
 * Match weight of a comparison vector: the prior log-odds plus, per feature, log2(m/u) of its
 * level, adjusted by term frequency where the pair agreed on one value (a shared {@code Nagy}
 * counts less than a shared {@code Rézműves}). Also says when a pair holds a contradiction no
 * weight may overrule.
 */
final class Scorer {

    private static final int GIVEN_DIFFERENT = Feature.GIVEN_NAME.disagreement();
    private static final int DOC_MATCH = Feature.DOCUMENT.level("MATCH");
    private static final int EMAIL_MATCH = Feature.EMAIL.level("MATCH");
    private static final int EMAIL_SIMILAR = Feature.EMAIL.level("SIMILAR");
    private static final int GENDER_DIFFERENT = Feature.GENDER.disagreement();
    private static final int DOB_EXACT = Feature.DOB.level("EXACT");
    private static final int DOB_DIFFERENT = Feature.DOB.disagreement();

    final FeatureSet features;
    private final double[][] weights;
    private final double[][] u;
    private final double[][] tfUp;
    private final double[][] tfDown;
    final double prior;

    Scorer(ModelParameters parameters) {
        features = parameters.features();
        int count = features.count();
        weights = new double[count][];
        tfUp = new double[count][];
        tfDown = new double[count][];
        for (int f = 0; f < count; f++) {
            weights[f] = new double[features.levelCount(f)];
            for (int l = 0; l < weights[f].length; l++) {
                weights[f][l] = parameters.weight(f, l);
            }
            tfUp[f] = new double[weights[f].length];
            tfDown[f] = new double[weights[f].length];
            for (int l = 0; l < weights[f].length; l++) {
                tfUp[f][l] = ModelPriors.STANDARD.tfUp(features, f, l);
                tfDown[f][l] = ModelPriors.STANDARD.tfDown(features, f, l);
            }
        }
        this.u = parameters.u();
        double lambda = Math.min(0.999, Math.max(1e-9, parameters.lambda()));
        this.prior = log2(lambda / (1 - lambda));
    }

    /** Log-odds in bits that the pair is one person. */
    double score(Comparison c) {
        double total = prior;
        for (int f = 0; f < weights.length; f++) {
            total += featureWeight(c, f);
        }
        return total;
    }

    double featureWeight(Comparison c, int f) {
        int level = c.level[f];
        double w = weights[f][level];
        if (c.frequency[f] > 0) {
            double adjustment = log2(u[f][level] / c.frequency[f]);
            w += Math.max(-tfDown[f][level], Math.min(tfUp[f][level], adjustment));
        }
        return w;
    }

    /**
     * The two contradictions left as rules, both about relatives: given names that share nothing
     * (unless the same full date of birth and no conflict of gender, a document or an email ties the
     * records), and dates of birth more than three years apart that are no recognisable slip (unless a
     * document or an email, or an email one typing slip away, ties them). A father and son
     * share name, address and phone; siblings share all but the given name. Unlabelled training
     * cannot tell them from duplicates with typos, so the rule speaks where the data cannot. Other
     * former vetoes (two document numbers, dates within three years) are levels with learnt weights.
     */
    static boolean veto(Comparison c) {
        int email = c.level[Feature.EMAIL.ordinal()];
        boolean identifier = c.level[Feature.DOCUMENT.ordinal()] == DOC_MATCH || email == EMAIL_MATCH;
        if (c.level[Feature.DOB.ordinal()] == DOB_DIFFERENT && !identifier && email != EMAIL_SIMILAR) {
            return true; // an address one slip from the other is a personal mailbox: relatives do not share it
        }
        // twins share a date of birth; given names that share nothing and two genders are two people
        boolean sameDob = c.level[Feature.DOB.ordinal()] == DOB_EXACT && c.level[Feature.GENDER.ordinal()] != GENDER_DIFFERENT;
        return c.level[Feature.GIVEN_NAME.ordinal()] == GIVEN_DIFFERENT && !identifier && !sameDob;
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
