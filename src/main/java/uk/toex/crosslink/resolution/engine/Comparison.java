package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;

/**
 * The comparison vector of one pair: a level per feature and, where the agreement was on one
 * particular value, how frequent that value is (0 when no term-frequency adjustment applies).
 * Reused per thread: the hot loop allocates nothing.
 */
final class Comparison {

    final int[] level = new int[Feature.COUNT];
    final double[] frequency = new double[Feature.COUNT];
    /** Memo of name-part levels: the same pairs of names recur across millions of pairs. */
    final long[] memoKeys;
    final byte[] memoLevels;

    /** For one pair or one search: a small memo. */
    Comparison() {
        this(1 << 12);
    }

    private Comparison(int memoSize) {
        memoKeys = new long[memoSize];
        memoLevels = new byte[memoSize];
    }

    /** For a thread of a whole run, which meets millions of distinct pairs of parts: a 9 MiB memo. */
    static Comparison forRun() {
        return new Comparison(1 << 20);
    }

    void reset() {
        Arrays.fill(frequency, 0);
    }

    int level(Feature f) {
        return level[f.ordinal()];
    }

    /** The levels as one int (mixed radix), for counting patterns during training. */
    int pattern() {
        int code = 0;
        for (Feature f : Feature.ALL) {
            code = code * f.levelCount() + level[f.ordinal()];
        }
        return code;
    }

    static void decode(int pattern, int[] into) {
        for (int i = Feature.COUNT - 1; i >= 0; i--) {
            int radix = Feature.ALL[i].levelCount();
            into[i] = pattern % radix;
            pattern /= radix;
        }
    }
}
