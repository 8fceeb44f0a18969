package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;

/**
 * The comparison vector of one pair: a level per feature and, where the agreement was on one
 * particular value, how frequent that value is (0 when no term-frequency adjustment applies).
 * Reused per thread: the hot loop allocates nothing.
 */
final class Comparison {

    final FeatureSet features;
    final int[] level;
    final double[] frequency;
    /** Memo of name-part levels, key and level in one long: the same pairs of names recur across millions of pairs. */
    final long[] memo;

    /** For one pair or one search: a small memo. */
    Comparison(FeatureSet features) {
        this(features, 1 << 12);
    }

    Comparison() {
        this(FeatureSet.BUILT_IN);
    }

    private Comparison(FeatureSet features, int memoSize) {
        this.features = features;
        this.level = new int[features.count()];
        this.frequency = new double[features.count()];
        memo = new long[memoSize];
    }

    /** For a thread of a whole run, which meets millions of distinct pairs of parts: an 8 MiB memo. */
    static Comparison forRun(FeatureSet features) {
        return new Comparison(features, 1 << 20);
    }

    void reset() {
        Arrays.fill(frequency, 0);
    }

    int level(Feature f) {
        return level[f.ordinal()];
    }

    /** The levels as one number (mixed radix), for counting patterns during training. */
    long pattern() {
        long code = 0;
        for (int f = 0; f < level.length; f++) {
            code = code * features.levelCount(f) + level[f];
        }
        return code;
    }

    static void decode(FeatureSet features, long pattern, int[] into) {
        for (int i = features.count() - 1; i >= 0; i--) {
            int radix = features.levelCount(i);
            into[i] = (int) (pattern % radix);
            pattern /= radix;
        }
    }
}
