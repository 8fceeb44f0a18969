package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;

/** Scored pairs of record numbers in three parallel primitive arrays. */
final class PairList {

    int[] a = new int[256];
    int[] b = new int[256];
    float[] bits = new float[256];
    int size;

    void add(int x, int y, double score) {
        if (size == a.length) {
            int grown = size * 2;
            a = Arrays.copyOf(a, grown);
            b = Arrays.copyOf(b, grown);
            bits = Arrays.copyOf(bits, grown);
        }
        a[size] = x;
        b[size] = y;
        bits[size++] = (float) score;
    }

    void addAll(PairList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.a[i], other.b[i], other.bits[i]);
        }
    }
}
