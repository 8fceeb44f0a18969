package uk.toex.crosslink.analytics.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Communities of the weighted association graph with JGraphT: each connected component is split by
 * greedy modularity maximisation (Clauset-Newman-Moore, weighted) when it has more than
 * {@code splitAbove} persons (a small connected network is one group: modularity would shave off its
 * weakest member); communities smaller than {@code minSize} are dropped. Deterministic for a given graph, so ids stay put while data does.
 */
final class CommunityDetection {

    private CommunityDetection() {
    }

    static List<Set<String>> communities(Graph<String, DefaultWeightedEdge> graph, int minSize, int splitAbove) {
        List<Set<String>> communities = new ArrayList<>();
        for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
            if (component.size() < minSize) {
                continue;
            }
            if (component.size() <= splitAbove) {
                communities.add(component);
                continue;
            }
            Graph<String, DefaultWeightedEdge> sub = new AsSubgraph<>(graph, component);
            for (Set<String> cluster : new GreedyModularityAlgorithm<>(sub).getClustering().getClusters()) {
                if (cluster.size() >= minSize) {
                    communities.add(cluster);
                }
            }
        }
        return communities;
    }
}
