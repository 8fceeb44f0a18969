package uk.toex.crosslink.analytics.groups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Persons and the summed weight of what links each pair, with the evidence behind every pair and
 * the hubs left out. Pairs below the minimum weight are kept as evidence but make no edge.
 */
public final class AssociationGraph {

    private final Map<String, List<Evidence>> evidence = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final List<String> cappedHubs = new ArrayList<>();

    void add(Evidence e) {
        String key = pair(e.from(), e.to());
        evidence.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        weights.merge(key, e.weight(), Double::sum);
    }

    void capped(String hub) {
        cappedHubs.add(hub);
    }

    public List<String> cappedHubs() {
        return cappedHubs;
    }

    public double weight(String a, String b) {
        return weights.getOrDefault(pair(a, b), 0.0);
    }

    public List<Evidence> evidence(String a, String b) {
        return evidence.getOrDefault(pair(a, b), List.of());
    }

    /** The weighted graph of pairs whose summed weight reaches {@code minWeight}. */
    public Graph<String, DefaultWeightedEdge> graph(double minWeight) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        weights.forEach((key, weight) -> {
            if (weight >= minWeight) {
                String[] ends = key.split("\\|", 2);
                graph.addVertex(ends[0]);
                graph.addVertex(ends[1]);
                graph.setEdgeWeight(graph.addEdge(ends[0], ends[1]), weight);
            }
        });
        return graph;
    }

    public int pairs() {
        return weights.size();
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

}
