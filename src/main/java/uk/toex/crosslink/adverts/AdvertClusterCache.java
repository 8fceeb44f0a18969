package uk.toex.crosslink.adverts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import uk.toex.crosslink.security.AccessScope;

/**
 * Clustering every visible advert costs seconds on a large store and gives the same answer to every
 * caller who sees the same adverts until a batch changes them, so clusters are kept per kind of
 * visibility (forces and handling rights, never the caller's name) and per store generation
 * ({@code queries/adverts/generation}). Concurrent requests for the same key wait for one computation
 * instead of each running it.
 */
final class AdvertClusterCache {

    private record Key(Set<String> forces, boolean allForces, boolean seesOtherForcesProtected, boolean partner,
                       String generation) {
    }

    private final Cache<Key, List<AdvertCluster>> clusters = Caffeine.newBuilder().maximumSize(64).build();

    List<AdvertCluster> clusters(AccessScope scope, String generation, Supplier<List<AdvertCluster>> compute) {
        Key key = new Key(scope.forces(), scope.allForces(), scope.seesOtherForcesProtected(), scope.partner(), generation);
        return clusters.get(key, k -> List.copyOf(compute.get()));
    }
}
