package uk.toex.crosslink.adverts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.GraphNodes;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Advert clusters over the adverts the caller may see ({@link AdvertClusterer}), largest first, with
 * each page's adverts, phones, addresses and the persons behind them read through the visibility rule.
 * Image distance and text similarity are {@code crosslink.adverts.image-distance} (default 6 of 64
 * bits) and {@code crosslink.adverts.text-similarity} (default 0.5). The clusters themselves are kept
 * until a batch changes the adverts ({@link AdvertClusterCache}); each page's details are read afresh.
 */
@Service
public class AdvertClusterService {

    private final CypherRunner cypher;
    private final GraphNodes nodes;
    private final AdvertClusterer clusterer;
    private final AdvertClusterCache cache = new AdvertClusterCache();

    public AdvertClusterService(CypherRunner cypher, GraphNodes nodes,
                                @Value("${crosslink.adverts.image-distance:6}") int imageDistance,
                                @Value("${crosslink.adverts.text-similarity:0.5}") double textSimilarity) {
        this.cypher = cypher;
        this.nodes = nodes;
        this.clusterer = new AdvertClusterer(imageDistance, textSimilarity);
    }

    /** A cluster as served: its nodes and the persons (entity ids) behind it. */
    public record ClusterView(String id, List<GraphNode> adverts, List<GraphNode> phones, List<GraphNode> addresses,
                              List<String> personIds, List<String> reasons) {
    }

    /** One page of clusters of at least {@code minSize} adverts, from position {@code offset}; total counts them all. */
    public record Page(List<ClusterView> clusters, int total) {
    }

    @SuppressWarnings("unchecked")
    public Page clusters(AccessScope scope, int minSize, int offset, int first) {
        String generation = (String) cypher.systemRead("queries/adverts/generation", Map.of()).get(0).get("generation");
        List<AdvertCluster> all = cache.clusters(scope, generation, () -> compute(scope)).stream()
                .filter(c -> c.keys().size() >= minSize).toList();
        List<AdvertCluster> page = all.subList(Math.min(offset, all.size()), Math.min(offset + first, all.size()));
        Map<String, AdvertCluster> byId = new java.util.HashMap<>();
        page.forEach(c -> byId.put(c.id(), c));
        List<Map<String, Object>> params = page.stream().map(c -> Map.<String, Object>of("id", c.id(), "keys", c.keys())).toList();
        List<ClusterView> views = new ArrayList<>();
        for (Map<String, Object> row : cypher.read("queries/adverts/cluster-details", scope, Map.of("clusters", params))) {
            AdvertCluster cluster = byId.get((String) row.get("id"));
            views.add(new ClusterView(cluster.id(), nodes(scope, row.get("adverts")), nodes(scope, row.get("phones")),
                    nodes(scope, row.get("addresses")), (List<String>) row.get("persons"), cluster.reasons()));
        }
        views.sort(java.util.Comparator.comparingInt(v -> page.indexOf(byId.get(v.id()))));
        return new Page(views, all.size());
    }

    @SuppressWarnings("unchecked")
    private List<AdvertCluster> compute(AccessScope scope) {
        List<AdvertFacts> adverts = cypher.read("queries/adverts/visible-adverts", scope, Map.of()).stream()
                .map(row -> new AdvertFacts((String) row.get("key"), (String) row.get("text"),
                        (List<String>) row.get("phones"), (List<String>) row.get("emails"), (List<String>) row.get("hashes")))
                .toList();
        return clusterer.cluster(adverts);
    }

    @SuppressWarnings("unchecked")
    private List<GraphNode> nodes(AccessScope scope, Object projections) {
        return ((List<Map<String, Object>>) projections).stream().map(p -> nodes.from(scope, p)).toList();
    }
}
