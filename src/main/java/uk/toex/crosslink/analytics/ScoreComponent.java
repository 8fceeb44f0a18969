package uk.toex.crosslink.analytics;

/**
 * One named part of a score: its value (0..1), the weight it carries in the total, and a sentence
 * saying where the value came from, so an analyst can check it against the records.
 */
public record ScoreComponent(String name, double value, double weight, String explanation) {

    /** This component's share of a weighted mean over components whose weights sum to {@code totalWeight}. */
    public double contribution(double totalWeight) {
        return totalWeight == 0 ? 0 : value * weight / totalWeight;
    }
}
