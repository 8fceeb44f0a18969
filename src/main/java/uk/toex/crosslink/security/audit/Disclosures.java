package uk.toex.crosslink.security.audit;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a response disclosed: every {@code id} in its data (persons, records, and anything
 * else with an id), distinct, in the order returned, then every node served without its id
 * selected ({@link DisclosedIds}).
 */
final class Disclosures {

    private final Set<String> ids = new LinkedHashSet<>();

    static Disclosures of(Object data) {
        return of(data, Set.of());
    }

    static Disclosures of(Object data, Collection<String> served) {
        Disclosures d = new Disclosures();
        d.walk(data);
        d.ids.addAll(served.stream().sorted().toList());
        return d;
    }

    Set<String> ids() {
        return ids;
    }

    private void walk(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("id") instanceof String id) {
                ids.add(id);
            }
            map.values().forEach(this::walk);
        } else if (value instanceof Collection<?> values) {
            values.forEach(this::walk);
        }
    }
}
