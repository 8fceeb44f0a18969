package uk.toex.crosslink.analytics;

import java.util.List;

/** A score out of 100: the weighted mean of its components' values. */
public final class WeightedScore {

    private WeightedScore() {
    }

    public static double score(List<ScoreComponent> components) {
        double total = components.stream().mapToDouble(ScoreComponent::weight).sum();
        double sum = components.stream().mapToDouble(c -> c.contribution(total)).sum();
        return Math.round(sum * 100_000) / 1000.0;
    }
}
