package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;

/**
 * Sorts the blocking index's entries on two threads: each half on its own, then one merge.
 * {@code Arrays.parallelSort} sorts on the caller alone when the common pool has one worker, as it
 * has on a two-core machine, and the index of a million records holds some thirty million entries.
 */
final class TwoWaySort {

    private static final int SMALL = 1 << 16;

    private TwoWaySort() {
    }

    static void sort(long[] a) {
        int n = a.length;
        if (n < SMALL) {
            Arrays.sort(a);
            return;
        }
        int mid = n >>> 1;
        Thread upper = new Thread(() -> Arrays.sort(a, mid, n), "resolution-index-sort");
        upper.start();
        Arrays.sort(a, 0, mid);
        try {
            upper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sorting the blocking index", e);
        }
        merge(a, mid);
    }

    /** Merges the sorted runs a[0, mid) and a[mid, n) in place, through a copy of the first. */
    private static void merge(long[] a, int mid) {
        long[] lower = Arrays.copyOfRange(a, 0, mid);
        int i = 0;
        int j = mid;
        int k = 0;
        while (i < lower.length && j < a.length) {
            a[k++] = lower[i] <= a[j] ? lower[i++] : a[j++];
        }
        while (i < lower.length) {
            a[k++] = lower[i++];
        }
    }
}
