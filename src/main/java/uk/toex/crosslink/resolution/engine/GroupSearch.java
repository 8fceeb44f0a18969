package uk.toex.crosslink.resolution.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From some records, walks links (and must-link decisions) to the whole connected groups they
 * belong to: exactly the groups a full run would cluster them in.
 */
final class GroupSearch {

    private final Dataset data;
    private final IncrementalIndex index;
    private final Scorer scorer;
    private final Constraints constraints;
    private final double linkBits;
    private final double reviewLowBits;
    private final double reviewHighBits;

    GroupSearch(Dataset data, IncrementalIndex index, Scorer scorer, Constraints constraints, EngineSettings settings) {
        this.data = data;
        this.index = index;
        this.scorer = scorer;
        this.constraints = constraints;
        this.linkBits = settings.linkBits();
        this.reviewLowBits = Scorer.bits(settings.reviewLow());
        this.reviewHighBits = Scorer.bits(settings.reviewHigh());
    }

    Group search(List<Integer> seeds) {
        Set<Integer> visited = new LinkedHashSet<>(seeds);
        ArrayDeque<Integer> queue = new ArrayDeque<>(visited);
        Set<Long> seenPairs = new HashSet<>();
        PairList edges = new PairList();
        List<EngineResult.ScoredPair> review = new ArrayList<>();
        Comparison c = data.comparison();
        Map<Integer, List<Integer>> must = new HashMap<>();
        for (int[] pair : constraints.mustLink) {
            must.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
            must.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(pair[0]);
        }
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (int y : must.getOrDefault(x, List.of())) {
                if (seenPairs.add(Constraints.pair(x, y))) {
                    edges.add(Math.min(x, y), Math.max(x, y), Clusterer.MUST_LINK);
                }
                if (visited.add(y)) {
                    queue.add(y);
                }
            }
            for (int y : index.candidates(x)) {
                if (!seenPairs.add(Constraints.pair(x, y))) {
                    continue;
                }
                data.comparator().compare(data.record(Math.min(x, y)), data.record(Math.max(x, y)), c);
                double bits = scorer.score(c);
                boolean veto = Scorer.veto(c);
                if (!veto && bits >= linkBits) {
                    edges.add(Math.min(x, y), Math.max(x, y), bits);
                    if (visited.add(y)) {
                        queue.add(y);
                    }
                }
                if ((bits >= reviewLowBits && bits < reviewHighBits && !veto) || (veto && bits >= linkBits)) {
                    review.add(new EngineResult.ScoredPair(data.record(x).key, data.record(y).key,
                            Scorer.probability(bits), veto));
                }
            }
        }
        return new Group(visited.stream().mapToInt(Integer::intValue).toArray(), edges, review);
    }

    record Group(int[] members, PairList edges, List<EngineResult.ScoredPair> review) {

        double bestLinkProbability(int record, int[] root) {
            double best = Double.NaN;
            for (int e = 0; e < edges.size; e++) {
                if ((edges.a[e] == record || edges.b[e] == record) && root[edges.a[e]] == root[edges.b[e]]) {
                    best = Double.isNaN(best) ? edges.bits[e] : Math.max(best, edges.bits[e]);
                }
            }
            return Double.isNaN(best) ? 1.0 : Scorer.probability(best);
        }
    }
}
