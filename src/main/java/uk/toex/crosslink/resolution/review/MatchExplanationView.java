package uk.toex.crosslink.resolution.review;

import java.util.List;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.resolution.engine.PairExplanation;

/**
 * The GraphQL {@code MatchExplanation}.
 *
 * @param score       the probability that the records are one person (kept as the contract names it)
 * @param probability the same, beside the threshold it is judged against
 * @param threshold   the probability at or above which the engine links two records
 * @param bits        the weight of evidence, the sum of the features' weights
 * @param contradiction what forbids the link whatever the score, or null
 */
public record MatchExplanationView(PersonRecord recordA, PersonRecord recordB, double score, boolean sameEntity,
                                   List<FeatureView> features, double probability, double threshold, double bits,
                                   String contradiction) {

    /** A feature row with what an analyst reads beside the full-precision weight. */
    public record FeatureView(String feature, String valueA, String valueB, String comparison, double weight,
                              String displayWeight, String explanation) {

        static FeatureView of(PairExplanation.FeatureWeight f) {
            return new FeatureView(f.feature(), f.valueA(), f.valueB(), f.comparison(), f.weight(),
                    String.format(java.util.Locale.ROOT, "%+.1f", f.weight()), FeatureSentence.of(f));
        }
    }
}
