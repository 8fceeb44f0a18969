package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The sorted-neighbourhood walk of large blocks of the loosest keys (one name part and a year, one
 * name part and a month, a date of birth alone): their members are sorted by what the key leaves
 * out ({@link BlockingKeys#order}), and each is compared with its {@link #WINDOW} nearest on
 * either side instead of with all. A million-record population holds tens of thousands of such
 * blocks of fifty to a hundred; comparing each in full cost more than every other key together,
 * while the pairs these keys alone find sit close in that order (a date a digit out, a name one
 * part short). Small blocks are still compared in full.
 */
final class BlockWindows {

    /** Blocks up to this size are compared in full, whatever their kind. */
    static final int FULL = 32;
    /** How many neighbours on each side a member of a larger block meets. */
    static final int WINDOW = 16;

    /** The order of a block's members, by kind. */
    interface Order {
        long of(int kind, int record);
    }

    private final int[] offset;
    private final int[] partners;
    final long pairs;

    private BlockWindows(int[] offset, int[] partners) {
        this.offset = offset;
        this.partners = partners;
        this.pairs = partners.length;
    }

    static boolean applies(int kind, int size) {
        return (kind == 9 || kind == 13 || kind == 14) && size > FULL;
    }

    /** Sorts the members of each window run in place (entries[s, e) hold one key) and lists each pair once, under its lower record. */
    static BlockWindows of(long[] entries, int[] starts, int[] ends, int runs, int records, Order order) {
        int[] count = new int[records + 1];
        for (int r = 0; r < runs; r++) {
            sort(entries, starts[r], ends[r], order);
            walk(entries, starts[r], ends[r], (a, b) -> count[Math.min(a, b) + 1]++);
        }
        for (int i = 0; i < records; i++) {
            count[i + 1] += count[i];
        }
        int[] partners = new int[count[records]];
        int[] fill = Arrays.copyOf(count, records);
        for (int r = 0; r < runs; r++) {
            walk(entries, starts[r], ends[r], (a, b) -> partners[fill[Math.min(a, b)]++] = Math.max(a, b));
        }
        return new BlockWindows(count, partners);
    }

    /** The members of one block a record meets: all of a small block, its neighbours in a large one. */
    static int[] reachable(int kind, int record, int[] members, Order order) {
        boolean member = Arrays.stream(members).anyMatch(m -> m == record);
        if (!applies(kind, members.length + (member ? 0 : 1))) {
            return members;
        }
        int[] byRecord = Arrays.copyOf(members, members.length + (member ? 0 : 1));
        if (!member) {
            byRecord[members.length] = record; // a record not yet added meets its block as if it were
        }
        Arrays.sort(byRecord); // as a run of the batch index is, before it is put in order
        long[] sorted = new long[byRecord.length];
        for (int q = 0; q < byRecord.length; q++) {
            sorted[q] = ((long) kind << 60) | byRecord[q];
        }
        sort(sorted, 0, sorted.length, order);
        int at = 0;
        while ((int) (sorted[at] & BlockIndex.RECORD_MASK) != record) {
            at++;
        }
        int from = Math.max(0, at - WINDOW);
        int to = Math.min(sorted.length, at + WINDOW + 1);
        int[] out = new int[to - from];
        for (int q = from; q < to; q++) {
            out[q - from] = (int) (sorted[q] & BlockIndex.RECORD_MASK);
        }
        return out;
    }

    /** Calls {@code visitor} for each window partner j > i of record i not yet stamped for i. */
    void visit(int i, int[] stamp, IntConsumer visitor) {
        for (int k = offset[i]; k < offset[i + 1]; k++) {
            int j = partners[k];
            if (stamp[j] != i + 1) {
                stamp[j] = i + 1;
                visitor.accept(j);
            }
        }
    }

    private interface PairSink {
        void pair(int a, int b);
    }

    private static void walk(long[] entries, int s, int e, PairSink sink) {
        for (int q = s; q < e; q++) {
            for (int d = 1; d <= WINDOW && q + d < e; d++) {
                sink.pair((int) (entries[q] & BlockIndex.RECORD_MASK), (int) (entries[q + d] & BlockIndex.RECORD_MASK));
            }
        }
    }

    /** Sorts entries[s, e) by (order, record), keeping each entry's key bits. */
    private static void sort(long[] entries, int s, int e, Order order) {
        int kind = BlockingKeys.kind(entries[s]);
        long[] copy = Arrays.copyOfRange(entries, s, e);
        long[] rank = new long[copy.length];
        Integer[] index = new Integer[copy.length];
        for (int q = 0; q < copy.length; q++) {
            rank[q] = order.of(kind, (int) (copy[q] & BlockIndex.RECORD_MASK));
            index[q] = q;
        }
        // ties keep the record order the run already has
        Arrays.sort(index, (x, y) -> rank[x] != rank[y] ? Long.compare(rank[x], rank[y]) : Integer.compare(x, y));
        for (int q = 0; q < copy.length; q++) {
            entries[s + q] = copy[index[q]];
        }
    }
}
