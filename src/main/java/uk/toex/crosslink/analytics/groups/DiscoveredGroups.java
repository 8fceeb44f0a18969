package uk.toex.crosslink.analytics.groups;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.analytics.StoreChanges;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.security.AccessScope;

/**
 * Discovered groups for a caller. Computed per scope (what the caller may see: records, links,
 * OCGs) and kept until the next ingest changes person records ({@link StoreChanges}); the next
 * request then recomputes. Scopes with the same forces and role rights share one computation.
 */
@Service
public class DiscoveredGroups {

    static final int MAX_FIRST = 100;
    private static final int CACHED_SCOPES = 16;

    private final GroupDetector detector;
    private final StoreChanges changes;
    private final Map<Map<String, Object>, Computed> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, Object>, Computed> eldest) {
            return size() > CACHED_SCOPES;
        }
    };

    DiscoveredGroups(GroupDetector detector, StoreChanges changes) {
        this.detector = detector;
        this.changes = changes;
    }

    private record Computed(long generation, List<DiscoveredGroup> groups) {
    }

    /** Every group the scope may see, largest first (then by id). */
    public List<DiscoveredGroup> all(AccessScope scope) {
        Map<String, Object> key = scope.toParameter();
        long generation = changes.generation();
        synchronized (cache) {
            Computed computed = cache.get(key);
            if (computed != null && computed.generation() == generation) {
                return computed.groups();
            }
        }
        List<DiscoveredGroup> groups = List.copyOf(detector.detect(scope));
        synchronized (cache) {
            cache.put(key, new Computed(generation, groups));
        }
        return groups;
    }

    public List<DiscoveredGroup> list(AccessScope scope, boolean unmappedOnly, Collection<String> forces, int first) {
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInputException("first must be 0.." + MAX_FIRST);
        }
        Set<String> wanted = forces == null ? null
                : forces.stream().map(f -> f.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        return all(scope).stream()
                .filter(g -> !unmappedOnly || g.unmapped())
                .filter(g -> wanted == null || g.forces().stream().anyMatch(wanted::contains))
                .limit(first).toList();
    }
}
