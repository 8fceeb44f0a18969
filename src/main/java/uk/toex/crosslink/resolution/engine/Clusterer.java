package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Clusters one connected group of records without chaining. Links are taken strongest first;
 * two clusters join only if no pair across them is a cannot-link decision, at most a quarter of
 * the pairs across them are contradictory (a veto, counted at -20 bits), and the pairs across them
 * agree on average ({@code supportBits}), so one weak or
 * one-sided link cannot pull two people together. Must-link decisions join first, always.
 * The order of records is their key order, so a batch run and an incremental run of the same
 * group come to the same clusters.
 */
final class Clusterer {

    static final double MUST_LINK = Double.POSITIVE_INFINITY;
    private static final double CLAMP_BITS = 20;
    private static final int MAX_CROSS_PAIRS = 4096;
    /**
     * Two clusters are refused when the contradictory pairs across them outnumber the others divided
     * by this (more than a quarter of all pairs across): relatives (a father and son, siblings) contradict each other on nearly every
     * pair, while a cluster of one person's records may hold one badly typed record that contradicts
     * a few of the others and should not keep a clean link out.
     */
    private static final int CONTRADICTED_SHARE = 3;

    private final Dataset data;
    private final ThreadLocal<Comparison> comparison;
    private final Scorer scorer;
    private final Constraints constraints;
    private final double supportBits;

    Clusterer(Dataset data, Scorer scorer, Constraints constraints, EngineSettings settings) {
        this.data = data;
        this.comparison = ThreadLocal.withInitial(data::comparison);
        this.scorer = scorer;
        this.constraints = constraints;
        this.supportBits = settings.supportBits();
    }

    /**
     * @param members record numbers of the group
     * @param edges   links within the group (bits, or {@link #MUST_LINK})
     * @param root    filled with each record's cluster representative (the member first in key order)
     * @param merges  receives the links that joined clusters
     */
    void cluster(int[] members, PairList edges, int[] root, PairList merges) {
        Integer[] order = new Integer[members.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = members[i];
        }
        Arrays.sort(order, Comparator.comparing(r -> data.record(r).key));
        int[] sorted = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        java.util.Map<Integer, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            position.put(sorted[i], i);
        }
        int[] local = new int[edges.size * 2];
        for (int e = 0; e < edges.size; e++) {
            local[2 * e] = localIndex(position, edges.a[e]);
            local[2 * e + 1] = localIndex(position, edges.b[e]);
        }
        Integer[] edgeOrder = new Integer[edges.size];
        for (int e = 0; e < edgeOrder.length; e++) {
            edgeOrder[e] = e;
        }
        Arrays.sort(edgeOrder, Comparator.<Integer>comparingDouble(e -> -edges.bits[e])
                .thenComparingInt(e -> Math.min(local[2 * e], local[2 * e + 1]))
                .thenComparingInt(e -> Math.max(local[2 * e], local[2 * e + 1])));
        int[] parent = new int[sorted.length];
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            parent[i] = i;
            clusters.add(new ArrayList<>(List.of(i)));
        }
        Comparison c = comparison.get();
        for (int e : edgeOrder) {
            int x = find(parent, local[2 * e]);
            int y = find(parent, local[2 * e + 1]);
            if (x == y) {
                continue;
            }
            if (edges.bits[e] != MUST_LINK && !compatible(clusters.get(x), clusters.get(y), sorted, c)) {
                continue;
            }
            int keep = Math.min(x, y);
            int gone = Math.max(x, y);
            parent[gone] = keep;
            clusters.get(keep).addAll(clusters.get(gone));
            clusters.set(gone, List.of());
            merges.add(edges.a[e], edges.b[e], edges.bits[e]);
        }
        for (int i = 0; i < sorted.length; i++) {
            root[i] = sorted[find(parent, i)];
        }
        int[] byRecord = root.clone();
        for (int i = 0; i < members.length; i++) {
            root[i] = byRecord[localIndex(position, members[i])];
        }
    }

    private boolean compatible(List<Integer> a, List<Integer> b, int[] sorted, Comparison c) {
        for (int x : a) {
            for (int y : b) {
                if (constraints.cannotLink(sorted[x], sorted[y])) {
                    return false;
                }
            }
        }
        long pairs = (long) a.size() * b.size();
        int step = (int) Math.max(1, pairs / MAX_CROSS_PAIRS);
        double sum = 0;
        int counted = 0;
        int contradictions = 0;
        for (long k = 0; k < pairs; k += step) {
            int x = sorted[a.get((int) (k / b.size()))];
            int y = sorted[b.get((int) (k % b.size()))];
            data.comparator().compare(data.record(x), data.record(y), c);
            if (Scorer.veto(c)) {
                contradictions++;
                sum -= CLAMP_BITS;
            } else {
                sum += Math.max(-CLAMP_BITS, Math.min(CLAMP_BITS, scorer.score(c)));
            }
            counted++;
        }
        return contradictions * CONTRADICTED_SHARE <= counted - contradictions && sum / counted >= supportBits;
    }

    private static int localIndex(java.util.Map<Integer, Integer> position, int record) {
        Integer i = position.get(record);
        if (i == null) {
            throw new IllegalArgumentException("Edge leaves its group");
        }
        return i;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
