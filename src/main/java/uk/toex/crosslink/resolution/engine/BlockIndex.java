package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks as one sorted array of {@code key | record} longs: a block is a run of equal keys.
 * Blocks larger than the cap (a brothel's phone, a hostel's postcode) are skipped and counted,
 * never expanded into all their pairs; large blocks of the loosest keys are walked with a window
 * ({@link BlockWindows}). Each record knows its blocks, so candidates are found
 * record by record and de-duplicated across keys with a per-thread stamp array.
 */
final class BlockIndex {

    static final long RECORD_MASK = (1L << 22) - 1;
    private static final Logger log = LoggerFactory.getLogger(BlockIndex.class);

    final long[] entries;
    private final int[] runStart;
    private final int[] runEnd;
    private final int[] recordRunOffset;
    private final int[] recordRuns;
    private final BlockWindows windows;
    final long pairsUpperBound;
    final int oversizedBlocks;
    /** Per key kind: pairs its blocks within the cap hold (before de-duplication across kinds), and blocks over the cap. */
    final long[] pairsByKind = new long[16];
    final int[] oversizedByKind = new int[16];

    private BlockIndex(long[] entries, int[] runStart, int[] runEnd, int[] recordRunOffset, int[] recordRuns,
                       BlockWindows windows, long pairsUpperBound, int oversizedBlocks) {
        this.windows = windows;
        this.entries = entries;
        this.runStart = runStart;
        this.runEnd = runEnd;
        this.recordRunOffset = recordRunOffset;
        this.recordRuns = recordRuns;
        this.pairsUpperBound = pairsUpperBound;
        this.oversizedBlocks = oversizedBlocks;
    }

    static BlockIndex build(List<long[]> keysByRecord, int cap, BlockWindows.Order order) {
        int n = keysByRecord.size();
        if (n > RECORD_MASK) {
            throw new IllegalArgumentException("At most " + RECORD_MASK + " records per run, got " + n);
        }
        long total = 0;
        for (long[] keys : keysByRecord) {
            total += keys.length;
        }
        long[] entries = new long[Math.toIntExact(total)];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (long key : keysByRecord.get(i)) {
                entries[p++] = key | i;
            }
        }
        TwoWaySort.sort(entries);
        int[] start = new int[1024];
        int[] end = new int[1024];
        int runs = 0;
        int oversized = 0;
        int[] oversizedByKind = new int[16];
        long[] pairsByKind = new long[16];
        int largest = 0;
        long pairs = 0;
        int[] perRecord = new int[n + 1];
        int[] windowStart = new int[1024];
        int[] windowEnd = new int[1024];
        int windowRuns = 0;
        for (int s = 0; s < entries.length; ) {
            int e = s + 1;
            while (e < entries.length && (entries[e] & ~RECORD_MASK) == (entries[s] & ~RECORD_MASK)) {
                e++;
            }
            int size = e - s;
            largest = Math.max(largest, size);
            if (size > BlockingKeys.cap(BlockingKeys.kind(entries[s]), cap)) {
                oversized++;
                oversizedByKind[BlockingKeys.kind(entries[s])]++;
            } else if (BlockWindows.applies(BlockingKeys.kind(entries[s]), size)) {
                if (windowRuns == windowStart.length) {
                    windowStart = Arrays.copyOf(windowStart, windowRuns * 2);
                    windowEnd = Arrays.copyOf(windowEnd, windowRuns * 2);
                }
                windowStart[windowRuns] = s;
                windowEnd[windowRuns++] = e;
                long walked = (long) size * BlockWindows.WINDOW - (long) BlockWindows.WINDOW * (BlockWindows.WINDOW + 1) / 2;
                pairsByKind[BlockingKeys.kind(entries[s])] += walked;
            } else if (size > 1) {
                if (runs == start.length) {
                    start = Arrays.copyOf(start, runs * 2);
                    end = Arrays.copyOf(end, runs * 2);
                }
                start[runs] = s;
                end[runs++] = e;
                pairs += (long) size * (size - 1) / 2;
                pairsByKind[BlockingKeys.kind(entries[s])] += (long) size * (size - 1) / 2;
                for (int q = s; q < e; q++) {
                    perRecord[(int) (entries[q] & RECORD_MASK) + 1]++;
                }
            }
            s = e;
        }
        for (int i = 0; i < n; i++) {
            perRecord[i + 1] += perRecord[i];
        }
        int[] recordRuns = new int[perRecord[n]];
        int[] fill = Arrays.copyOf(perRecord, n);
        for (int r = 0; r < runs; r++) {
            for (int q = start[r]; q < end[r]; q++) {
                recordRuns[fill[(int) (entries[q] & RECORD_MASK)]++] = r;
            }
        }
        if (oversized > 0) {
            log.info("Blocking: {} oversized blocks skipped (cap {}, largest {}), by kind {}", oversized, cap, largest,
                    describe(oversizedByKind));
        }
        log.info("Blocking: candidate pairs by kind (before de-duplication) {}", describe(pairsByKind));
        BlockWindows windows = BlockWindows.of(entries, windowStart, windowEnd, windowRuns, n, order);
        BlockIndex index = new BlockIndex(entries, Arrays.copyOf(start, runs), Arrays.copyOf(end, runs), perRecord,
                recordRuns, windows, pairs + windows.pairs, oversized);
        System.arraycopy(pairsByKind, 0, index.pairsByKind, 0, 16);
        System.arraycopy(oversizedByKind, 0, index.oversizedByKind, 0, 16);
        return index;
    }

    /** Calls {@code visitor} once for each candidate j > i of record i. {@code stamp} is the caller's own. */
    void candidates(int i, int[] stamp, IntConsumer visitor) {
        for (int k = recordRunOffset[i]; k < recordRunOffset[i + 1]; k++) {
            int r = recordRuns[k];
            for (int q = runEnd[r] - 1; q >= runStart[r]; q--) {
                int j = (int) (entries[q] & RECORD_MASK);
                if (j <= i) {
                    break; // a run is sorted by record number
                }
                if (stamp[j] != i + 1) {
                    stamp[j] = i + 1;
                    visitor.accept(j);
                }
            }
        }
        windows.visit(i, stamp, visitor);
    }

    /** How many records the index was built on. */
    int records() {
        return recordRunOffset.length - 1;
    }

    /** Size of the block a key names, and its members, for lookups of one new record. */
    int[] members(long key) {
        int from = lowerBound(key & ~RECORD_MASK);
        int to = lowerBound((key & ~RECORD_MASK) + RECORD_MASK + 1);
        int[] out = new int[to - from];
        for (int q = from; q < to; q++) {
            out[q - from] = (int) (entries[q] & RECORD_MASK);
        }
        return out;
    }

    private int lowerBound(long value) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String describe(int[] byKind) {
        return describe(Arrays.stream(byKind).asLongStream().toArray());
    }

    private static String describe(long[] byKind) {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k < BlockingKeys.KINDS.length; k++) {
            if (byKind[k] > 0) {
                out.append(out.length() == 0 ? "" : ", ").append(BlockingKeys.KINDS[k]).append('=').append(byKind[k]);
            }
        }
        return out.toString();
    }
}
