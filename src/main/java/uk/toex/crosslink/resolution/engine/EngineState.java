package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a run, kept in memory so further records can be placed one batch at a time:
 * {@link #place} re-clusters exactly the connected groups the new or changed records touch, with
 * the same model, keys and clustering as a full run, so both end in the same clusters.
 */
public final class EngineState {

    final EngineSettings settings;
    final Dataset data;
    final ResolutionModel model;
    final Scorer scorer;
    private final IncrementalIndex incremental;
    private Constraints constraints;
    private int[] root;
    private PairList links;
    private EngineResult result;

    EngineState(EngineSettings settings, Dataset data, BlockIndex index, ResolutionModel model, Scorer scorer,
                Constraints constraints, int[] root, PairList links) {
        this.settings = settings;
        this.data = data;
        this.model = model;
        this.scorer = scorer;
        this.constraints = constraints;
        this.root = root;
        this.links = links;
        this.incremental = new IncrementalIndex(data, index, settings.blockCap());
    }

    public ResolutionModel model() {
        return model;
    }

    public EngineResult result() {
        return result;
    }

    public int size() {
        return data.size();
    }

    /** Key of the cluster representative of a record, or null when the record is unknown. */
    public String clusterOf(String key) {
        int number = data.number(key);
        return number < 0 ? null : data.record(root[number]).key;
    }

    int clusterCount() {
        int count = 0;
        for (int i = 0; i < data.size(); i++) {
            if (root[i] == i) {
                count++;
            }
        }
        return count;
    }

    void publish(PairList merges, List<EngineResult.ScoredPair> review, EngineResult.RunStats stats) {
        List<String> keys = new ArrayList<>(data.size());
        String[] cluster = new String[data.size()];
        double[] probability = new double[data.size()];
        Arrays.fill(probability, 1.0);
        double[] best = new double[data.size()];
        Arrays.fill(best, Double.NaN);
        for (int e = 0; e < links.size; e++) {
            int a = links.a[e];
            int b = links.b[e];
            if (root[a] == root[b]) {
                best[a] = Double.isNaN(best[a]) ? links.bits[e] : Math.max(best[a], links.bits[e]);
                best[b] = Double.isNaN(best[b]) ? links.bits[e] : Math.max(best[b], links.bits[e]);
            }
        }
        for (int i = 0; i < data.size(); i++) {
            keys.add(data.record(i).key);
            cluster[i] = data.record(root[i]).key;
            probability[i] = Double.isNaN(best[i]) ? 1.0 : Scorer.probability(best[i]);
        }
        List<EngineResult.ScoredPair> forming = new ArrayList<>();
        for (int e = 0; e < merges.size; e++) {
            forming.add(new EngineResult.ScoredPair(data.record(merges.a[e]).key, data.record(merges.b[e]).key,
                    Scorer.probability(merges.bits[e]), false));
        }
        this.result = new EngineResult(keys, cluster, probability, forming, review, stats);
    }

    /**
     * Adds or replaces records and re-clusters the groups they touch.
     *
     * @return the placement: every record whose group was re-clustered, with its cluster and the links formed
     */
    public Placement place(List<PersonInput> inputs, List<MatchDecision> decisions) {
        java.util.Set<Integer> changedRoots = new java.util.HashSet<>();
        for (PersonInput input : inputs) {
            int existing = data.number(input.key());
            if (existing >= 0) {
                changedRoots.add(root[existing]);
            }
        }
        int[] numbers = data.addAll(inputs, 1);
        if (root.length < data.size()) {
            int from = root.length;
            root = Arrays.copyOf(root, Math.max(data.size(), root.length * 2));
            for (int i = from; i < root.length; i++) {
                root[i] = i;
            }
        }
        constraints = Constraints.of(decisions, data);
        List<Integer> seeds = new ArrayList<>();
        for (int number : numbers) {
            incremental.add(number);
            seeds.add(number);
        }
        if (!changedRoots.isEmpty()) {
            for (int i = 0; i < data.size(); i++) {
                if (changedRoots.contains(root[i])) {
                    seeds.add(i); // a changed record's old companions are re-clustered too
                }
            }
        }
        GroupSearch.Group group = new GroupSearch(data, incremental, scorer, constraints, settings)
                .search(seeds);
        PairList merges = new PairList();
        int[] members = group.members();
        int[] groupRoot = new int[members.length];
        new Clusterer(data, scorer, constraints, settings).cluster(members, group.edges(), groupRoot, merges);
        List<Placement.Placed> placed = new ArrayList<>();
        for (int k = 0; k < members.length; k++) {
            root[members[k]] = groupRoot[k];
        }
        for (int k = 0; k < members.length; k++) {
            int m = members[k];
            placed.add(new Placement.Placed(data.record(m).key, data.record(root[m]).key,
                    group.bestLinkProbability(m, root)));
        }
        List<EngineResult.ScoredPair> forming = new ArrayList<>();
        for (int e = 0; e < merges.size; e++) {
            forming.add(new EngineResult.ScoredPair(data.record(merges.a[e]).key, data.record(merges.b[e]).key,
                    Scorer.probability(merges.bits[e]), false));
        }
        return new Placement(placed, forming, group.review());
    }

    /**
     * For accuracy work on labelled data: how the engine saw a pair of known records (each
     * feature's level and weight, the total in bits, a contradiction, and whether blocking made
     * them candidates). Null when either record is unknown.
     */
    public String diagnose(String keyA, String keyB) {
        int a = data.number(keyA);
        int b = data.number(keyB);
        if (a < 0 || b < 0) {
            return null;
        }
        Comparison c = data.comparison();
        data.comparator().compare(data.record(a), data.record(b), c);
        StringBuilder out = new StringBuilder();
        FeatureSet features = c.features;
        for (int f = 0; f < features.count(); f++) {
            if (c.level[f] != features.missing(f)) {
                out.append(features.label(f)).append('=').append(features.levels(f).get(c.level[f]))
                        .append(String.format("(%+.1f) ", scorer.featureWeight(c, f)));
            }
        }
        boolean candidate = java.util.Arrays.stream(incremental.candidates(a)).anyMatch(x -> x == b);
        return String.format("bits=%.1f prior=%.1f %s%s%s", scorer.score(c), scorer.prior, out,
                Scorer.veto(c) ? " VETO" : "", candidate ? "" : " NOT-CANDIDATE");
    }

    /**
     * Per blocking rule on a labelled set: candidate pairs its blocks hold, blocks over the cap,
     * and the true pairs it alone makes candidates (those missed without it); then the true pairs
     * no rule reaches. {@code truePairs} are pairs of record keys.
     */
    public String blockingReport(List<String[]> truePairs) {
        BlockIndex index = incremental.base();
        int[] only = new int[16];
        int unreached = 0;
        for (String[] pair : truePairs) {
            int a = data.number(pair[0]);
            int b = data.number(pair[1]);
            if (a < 0 || b < 0) {
                continue;
            }
            java.util.Set<Integer> kinds = incremental.sharedKinds(a, b);
            if (kinds.isEmpty()) {
                unreached++;
            } else if (kinds.size() == 1) {
                only[kinds.iterator().next()]++;
            }
        }
        StringBuilder out = new StringBuilder("blocking rule | candidate pairs | blocks over cap | true pairs only it finds\n");
        for (int k = 1; k < BlockingKeys.KINDS.length; k++) {
            out.append(String.format("%s | %d | %d | %d%n", BlockingKeys.KINDS[k], index.pairsByKind[k],
                    index.oversizedByKind[k], only[k]));
        }
        return out.append(String.format("true pairs no rule reaches: %d of %d%n", unreached, truePairs.size())).toString();
    }

    /**
     * Calibration on a labelled set: every candidate pair scored, grouped by its match
     * probability, with the share of the group that is truly one person ({@code truth}: record
     * key to entity). Pairs under a contradiction are left out, as they never link.
     */
    public String calibration(java.util.Map<String, String> truth) {
        double[] edges = {0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0000001};
        long[] pairs = new long[edges.length - 1];
        long[] trueOnes = new long[edges.length - 1];
        BlockIndex index = incremental.base();
        int[] stamp = new int[data.size()];
        Comparison c = data.comparison();
        for (int i = 0; i < data.size(); i++) {
            final int a = i;
            index.candidates(i, stamp, j -> {
                data.comparator().compare(data.record(a), data.record(j), c);
                if (Scorer.veto(c)) {
                    return;
                }
                double p = Scorer.probability(scorer.score(c));
                int bucket = 0;
                while (p >= edges[bucket + 1]) {
                    bucket++;
                }
                pairs[bucket]++;
                String x = truth.get(data.record(a).key);
                if (x != null && x.equals(truth.get(data.record(j).key))) {
                    trueOnes[bucket]++;
                }
            });
        }
        StringBuilder out = new StringBuilder("probability | pairs | truly one person\n");
        for (int b = 0; b < pairs.length; b++) {
            out.append(String.format("%.2f-%.2f | %d | %s%n", edges[b], Math.min(1, edges[b + 1]), pairs[b],
                    pairs[b] == 0 ? "-" : String.format("%.3f", trueOnes[b] / (double) pairs[b])));
        }
        return out.toString();
    }
}
