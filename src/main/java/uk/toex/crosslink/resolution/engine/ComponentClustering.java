package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Splits the link graph into connected groups (links plus must-link decisions) and clusters
 * each with {@link Clusterer}, on at most {@code threads} threads. Groups are independent, so
 * re-clustering one group later gives what a full run would.
 */
final class ComponentClustering {

    private ComponentClustering() {
    }

    /** @return representative record number per record (itself for a singleton); merges filled */
    static int[] run(int n, PairList links, Constraints constraints, Clusterer clusterer, int threads, PairList merges) {
        PairList edges = withMustLinks(links, constraints);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < edges.size; e++) {
            union(parent, edges.a[e], edges.b[e]);
        }
        int[] groupOf = new int[n];
        int groups = 0;
        int[] groupOfRoot = new int[n];
        java.util.Arrays.fill(groupOfRoot, -1);
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            groupOf[i] = groupOfRoot[r] >= 0 ? groupOfRoot[r] : (groupOfRoot[r] = groups++);
        }
        List<List<Integer>> members = new ArrayList<>();
        List<PairList> groupEdges = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>(2));
            groupEdges.add(null);
        }
        for (int e = 0; e < edges.size; e++) {
            int g = groupOf[edges.a[e]];
            if (groupEdges.get(g) == null) {
                groupEdges.set(g, new PairList());
            }
            groupEdges.get(g).add(edges.a[e], edges.b[e], edges.bits[e]);
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
            if (groupEdges.get(groupOf[i]) != null) {
                members.get(groupOf[i]).add(i);
            }
        }
        clusterGroups(members, groupEdges, clusterer, threads, root, merges);
        return root;
    }

    static PairList withMustLinks(PairList links, Constraints constraints) {
        PairList edges = new PairList();
        edges.addAll(links);
        for (int[] pair : constraints.mustLink) {
            edges.add(pair[0], pair[1], Clusterer.MUST_LINK);
        }
        return edges;
    }

    private static void clusterGroups(List<List<Integer>> members, List<PairList> groupEdges, Clusterer clusterer,
                                      int threads, int[] root, PairList merges) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < Math.max(1, threads); t++) {
            Thread worker = new Thread(() -> {
                PairList mine = new PairList();
                try {
                    for (int g = next.getAndIncrement(); g < members.size(); g = next.getAndIncrement()) {
                        if (groupEdges.get(g) == null) {
                            continue;
                        }
                        int[] group = members.get(g).stream().mapToInt(Integer::intValue).toArray();
                        int[] groupRoot = new int[group.length];
                        clusterer.cluster(group, groupEdges.get(g), groupRoot, mine);
                        for (int k = 0; k < group.length; k++) {
                            root[group[k]] = groupRoot[k];
                        }
                    }
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
                synchronized (merges) {
                    merges.addAll(mine);
                }
            }, "resolution-clustering-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while clustering", e);
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }
}
