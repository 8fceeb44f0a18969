package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * @param probability   posterior probability that the two records are one person
 * @param bits          the same as log-odds in bits (the sum of the feature weights)
 * @param contradiction what forbids linking them whatever the weights, or null
 * @param features      the prior first, then one row per compared feature
 */
public record PairExplanation(double probability, double bits, String contradiction, List<FeatureWeight> features) {

    /** One feature of a pair: its two values as recorded, the comparison level and its weight in bits. */
    public record FeatureWeight(String feature, String valueA, String valueB, String comparison, double weight) {
    }
}
