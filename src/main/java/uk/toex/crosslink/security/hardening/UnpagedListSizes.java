package uk.toex.crosslink.security.hardening;

import graphql.analysis.FieldComplexityEnvironment;
import java.util.List;
import java.util.Map;

/**
 * How many items the query cost counts for a list that takes no page (docs/SECURITY.md, "Query
 * cost"): an estimate of a large but ordinary case, not a bound (the data bounds these lists).
 * {@code _entities} counts the representations it is sent. An advert cluster's lists take a page
 * but serve every item when it is left out: a page written counts the page, one left out the estimate. Lists of scalars cost 1 whatever
 * their length (nothing is selected under them), so only lists of objects are named here.
 */
final class UnpagedListSizes {

    /** Any list of objects not named below. */
    static final int OTHER = 10;

    private static final Map<String, Integer> ESTIMATES = Map.ofEntries(
            Map.entry("Person.records", 10),            // one person's records across forces
            Map.entry("Person.formation", 20),          // the links that built the person
            Map.entry("versions", 5),                   // a record's superseded versions (every record type)
            Map.entry("AdvertCluster.adverts", 20),
            Map.entry("AdvertCluster.phones", 10),
            Map.entry("AdvertCluster.persons", 10),
            Map.entry("AdvertCluster.addresses", 10),
            Map.entry("DiscoveredGroup.members", 20),
            Map.entry("DiscoveredGroup.evidence", 50),
            Map.entry("DiscoveredGroup.overlapsOcgs", 5),
            Map.entry("ProfileEntry.records", 10),
            Map.entry("ProfileEntry.offences", 10),
            Map.entry("ForceLinkage.sharedWith", 45),   // the other forces
            Map.entry("NetworkPath.hops", 6),
            Map.entry("HarmFlag.reviews", 5),
            Map.entry("Query.investigations", 50),      // the saved catalogue
            Map.entry("Query.deconflict", 20));

    private UnpagedListSizes() {
    }

    /** Whether the list {@code type.field} has an estimate of its own (not {@link #OTHER}). */
    static boolean named(String type, String field) {
        return ESTIMATES.containsKey(type + "." + field) || ESTIMATES.containsKey(field);
    }

    static long estimate(FieldComplexityEnvironment environment) {
        String field = environment.getField().getName();
        if ("_entities".equals(field) && environment.getArguments().get("representations") instanceof List<?> sent) {
            return sent.size();
        }
        Integer estimate = ESTIMATES.get(environment.getParentType().getName() + "." + field);
        if (estimate == null) {
            estimate = ESTIMATES.getOrDefault(field, OTHER);
        }
        return estimate;
    }
}
