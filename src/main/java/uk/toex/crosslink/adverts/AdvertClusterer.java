package uk.toex.crosslink.adverts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups adverts that share a phone or an email, carry images whose perceptual hashes differ in at
 * most {@code maxImageDistance} of 64 bits, or have near-duplicate text (MinHash estimate of the
 * word-triple Jaccard at least {@code minTextSimilarity}). Candidates never come from comparing every
 * two adverts: identifiers by value, images by multi-index hashing (split into distance + 1 blocks,
 * two hashes within the distance agree exactly on one block), text by LSH bands.
 */
public final class AdvertClusterer {

    private final int maxImageDistance;
    private final double minTextSimilarity;

    public AdvertClusterer(int maxImageDistance, double minTextSimilarity) {
        this.maxImageDistance = maxImageDistance;
        this.minTextSimilarity = minTextSimilarity;
    }

    public List<AdvertCluster> cluster(List<AdvertFacts> adverts) {
        int n = adverts.size();
        UnionFind groups = new UnionFind(n);
        Map<Integer, Set<String>> reasons = new HashMap<>();
        shared(adverts, groups, reasons);
        images(adverts, groups, reasons);
        texts(adverts, groups, reasons);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
        }
        List<AdvertCluster> clusters = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            List<String> keys = e.getValue().stream().map(i -> adverts.get(i).key()).sorted().toList();
            Set<String> why = new LinkedHashSet<>();
            e.getValue().forEach(i -> why.addAll(reasons.getOrDefault(i, Set.of())));
            clusters.add(new AdvertCluster(keys.get(0), keys, List.copyOf(why)));
        }
        clusters.sort(Comparator.comparingInt((AdvertCluster c) -> -c.keys().size()).thenComparing(AdvertCluster::id));
        return clusters;
    }

    private static void shared(List<AdvertFacts> adverts, UnionFind groups, Map<Integer, Set<String>> reasons) {
        Map<String, List<Integer>> holders = new TreeMap<>();
        for (int i = 0; i < adverts.size(); i++) {
            for (String phone : adverts.get(i).phones()) {
                holders.computeIfAbsent("phone " + phone, k -> new ArrayList<>()).add(i);
            }
            for (String email : adverts.get(i).emails()) {
                holders.computeIfAbsent("email " + email, k -> new ArrayList<>()).add(i);
            }
        }
        holders.forEach((value, ids) -> {
            if (ids.size() > 1) {
                for (int i : ids) {
                    groups.union(ids.get(0), i);
                    reasons.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(ids.size() + " adverts share " + value);
                }
            }
        });
    }

    private void images(List<AdvertFacts> adverts, UnionFind groups, Map<Integer, Set<String>> reasons) {
        int blocks = maxImageDistance + 1;
        Map<Long, List<long[]>> buckets = new HashMap<>();
        for (int i = 0; i < adverts.size(); i++) {
            for (String hex : adverts.get(i).hashes()) {
                long hash;
                try {
                    hash = Long.parseUnsignedLong(hex, 16);
                } catch (NumberFormatException e) {
                    continue; // not a 64-bit perceptual hash: compared by identity only (shared ImageHash node)
                }
                for (int b = 0; b < blocks; b++) {
                    long bucket = ((long) b << 58) ^ block(hash, b, blocks);
                    buckets.computeIfAbsent(bucket, k -> new ArrayList<>()).add(new long[] {i, hash});
                }
            }
        }
        for (List<long[]> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = (int) bucket.get(x)[0];
                    int b = (int) bucket.get(y)[0];
                    int distance = Long.bitCount(bucket.get(x)[1] ^ bucket.get(y)[1]);
                    if (a != b && distance <= maxImageDistance) {
                        groups.union(a, b);
                        String why = "near-identical images (perceptual hashes within " + maxImageDistance + " of 64 bits)";
                        reasons.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(why);
                        reasons.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(why);
                    }
                }
            }
        }
    }

    private void texts(List<AdvertFacts> adverts, UnionFind groups, Map<Integer, Set<String>> reasons) {
        int[][] sketches = new int[adverts.size()][];
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < adverts.size(); i++) {
            sketches[i] = TextSketch.of(adverts.get(i).text());
            if (sketches[i] != null) {
                for (int band = 0; band < TextSketch.HASHES / TextSketch.ROWS; band++) {
                    buckets.computeIfAbsent(TextSketch.band(sketches[i], band), k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = bucket.get(x);
                    int b = bucket.get(y);
                    if (TextSketch.similarity(sketches[a], sketches[b]) >= minTextSimilarity) {
                        groups.union(a, b);
                        String why = "near-duplicate text (word-triple similarity at least " + minTextSimilarity + ")";
                        reasons.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(why);
                        reasons.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(why);
                    }
                }
            }
        }
    }

    /** Block {@code b} of {@code blocks} near-equal slices of the 64 bits. */
    private static long block(long hash, int b, int blocks) {
        int from = b * 64 / blocks;
        int to = (b + 1) * 64 / blocks;
        long mask = to - from == 64 ? -1L : ((1L << (to - from)) - 1);
        return (hash >>> from) & mask;
    }
}
