package uk.toex.crosslink.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * One hop of a network walk: the explained links from a set of persons to their associates
 * ({@code cypher/queries/network/neighbours.cypher}), and the hubs met on the way, which are named
 * but not expanded.
 */
@Component
public class Neighbours {

    /** A phone, address, OCG... linked to more records than this is a hub (a hostel, a switchboard). */
    public static final int HUB_CAP = 25;
    /** Rows one hop may read: a bound on the cost of a single step. */
    static final int ROW_LIMIT = 20_000;

    private final CypherRunner cypher;

    public Neighbours(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /** The result of one hop. */
    public record Hop(List<NetworkLink> links, Set<String> cappedHubs) {
    }

    public Hop of(AccessScope scope, Collection<String> persons, List<String> via) {
        List<NetworkLink> links = new ArrayList<>();
        Set<String> hubs = new LinkedHashSet<>();
        if (persons.isEmpty()) {
            return new Hop(links, hubs);
        }
        Set<List<String>> seen = new java.util.HashSet<>();
        for (Map<String, Object> row : cypher.read("queries/network/neighbours", scope,
                Map.of("persons", List.copyOf(persons), "via", via, "hubCap", HUB_CAP, "limit", ROW_LIMIT))) {
            if (row.get("toPerson") == null) {
                hubs.add(row.get("label") + " (" + row.get("size") + " records)");
                continue;
            }
            @SuppressWarnings("unchecked")
            NetworkLink link = new NetworkLink((String) row.get("fromPerson"), (String) row.get("toPerson"),
                    (String) row.get("kind"), (String) row.get("explanation"), (List<String>) row.get("forces"));
            if (seen.add(List.of(link.from(), link.to(), link.explanation()))) {
                links.add(link);
            }
        }
        return new Hop(links, hubs);
    }
}
