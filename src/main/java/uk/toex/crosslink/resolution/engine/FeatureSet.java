package uk.toex.crosslink.resolution.engine;

import java.util.List;

/**
 * The features one model compares: the built-in {@link Feature}s at their ordinals, then the
 * deployment's {@link ExtraComparison}s. Training, scoring and explaining go through this, so an
 * extra column is a feature like any other (its own levels, m and u, term frequencies).
 */
final class FeatureSet {

    static final FeatureSet BUILT_IN = new FeatureSet(List.of());

    final List<ExtraComparison> extras;
    private final int count;
    private final int[] levelCounts;

    private FeatureSet(List<ExtraComparison> extras) {
        this.extras = List.copyOf(extras);
        this.count = Feature.COUNT + extras.size();
        this.levelCounts = new int[count];
        for (int f = 0; f < count; f++) {
            levelCounts[f] = levels(f).size();
        }
    }

    static FeatureSet of(List<ExtraComparison> extras) {
        return extras.isEmpty() ? BUILT_IN : new FeatureSet(extras);
    }

    int count() {
        return count;
    }

    /** The extra comparison of a feature past the built-in ones. */
    ExtraComparison extra(int f) {
        return extras.get(f - Feature.COUNT);
    }

    List<String> levels(int f) {
        return f < Feature.COUNT ? Feature.ALL[f].levels() : extra(f).kind().levels();
    }

    int levelCount(int f) {
        return levelCounts[f];
    }

    int missing(int f) {
        return levelCount(f) - 1;
    }

    int disagreement(int f) {
        return f < Feature.COUNT ? Feature.ALL[f].disagreement() : levels(f).indexOf(extra(f).kind().disagreement());
    }

    String label(int f) {
        return f < Feature.COUNT ? Feature.ALL[f].label() : extra(f).label();
    }

    /** The position of a feature by label, or -1. */
    int index(String label) {
        for (int f = 0; f < count; f++) {
            if (label(f).equals(label)) {
                return f;
            }
        }
        return -1;
    }
}
