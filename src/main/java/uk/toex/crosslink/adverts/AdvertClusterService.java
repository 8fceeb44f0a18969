package uk.toex.crosslink.adverts;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Advert clusters over the adverts the caller may see ({@link AdvertClusterer}), largest first, with
 * what lies behind each cluster read through the visibility rule a page at a time ({@link ClusterMembers}).
 * Image distance and text similarity are {@code crosslink.adverts.image-distance} (default 6 of 64
 * bits) and {@code crosslink.adverts.text-similarity} (default 0.5). The clusters themselves are kept
 * until a batch changes the adverts ({@link AdvertClusterCache}); the members are read afresh.
 */
@Service
public class AdvertClusterService {

    private final CypherRunner cypher;
    private final AdvertClusterer clusterer;
    private final AdvertClusterCache cache = new AdvertClusterCache();

    public AdvertClusterService(CypherRunner cypher,
                                @Value("${crosslink.adverts.image-distance:6}") int imageDistance,
                                @Value("${crosslink.adverts.text-similarity:0.5}") double textSimilarity) {
        this.cypher = cypher;
        this.clusterer = new AdvertClusterer(imageDistance, textSimilarity);
    }

    /** One page of clusters of at least {@code minSize} adverts, from position {@code offset}; total counts them all. */
    public record Page(List<AdvertCluster> clusters, int total) {
    }

    /** The page's clusters only: what lies behind them is read per field, a page at a time ({@link ClusterMembers}). */
    public Page clusters(AccessScope scope, int minSize, int offset, int first) {
        String generation = (String) cypher.systemRead("queries/adverts/generation", Map.of()).get(0).get("generation");
        List<AdvertCluster> all = cache.clusters(scope, generation, () -> compute(scope)).stream()
                .filter(c -> c.keys().size() >= minSize).toList();
        return new Page(all.subList(Math.min(offset, all.size()), Math.min(offset + first, all.size())), all.size());
    }

    @SuppressWarnings("unchecked")
    private List<AdvertCluster> compute(AccessScope scope) {
        List<AdvertFacts> adverts = cypher.read("queries/adverts/visible-adverts", scope, Map.of()).stream()
                .map(row -> new AdvertFacts((String) row.get("key"), (String) row.get("text"),
                        (List<String>) row.get("phones"), (List<String>) row.get("emails"), (List<String>) row.get("hashes")))
                .toList();
        return clusterer.cluster(adverts);
    }
}
