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
    /** Per-thread memo of name-part levels: the same pairs of names recur across millions of pairs. */
    final long[] memoKeys = new long[1 << 16];
    final byte[] memoLevels = new byte[1 << 16];

    Comparison(FeatureSet features) {
        this.features = features;
        this.level = new int[features.count()];
        this.frequency = new double[features.count()];
    }

    Comparison() {
        this(FeatureSet.BUILT_IN);
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
