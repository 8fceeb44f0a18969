package uk.toex.crosslink.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.security.AccessScope;

/**
 * A person's network: breadth-first through {@link Neighbours}, hop by hop up to the depth, until
 * {@code first} persons are reached. Links between persons already in the network are kept, so the
 * picture shows every explained link among the persons it holds; hubs are named, not expanded.
 */
@Service
public class NetworkService {

    public static final int MAX_DEPTH = 3;
    public static final int MAX_PERSONS = 500;

    private final Neighbours neighbours;

    public NetworkService(Neighbours neighbours) {
        this.neighbours = neighbours;
    }

    public NetworkView network(AccessScope scope, String personId, int depth, List<String> via, int first) {
        List<String> kinds = LinkKinds.of(via);
        Set<String> persons = new LinkedHashSet<>(List.of(personId));
        Set<String> hubs = new LinkedHashSet<>();
        List<NetworkLink> edges = new ArrayList<>();
        Set<List<String>> seenEdges = new HashSet<>();
        Set<String> frontier = Set.of(personId);
        for (int hop = 0; hop < depth && !frontier.isEmpty(); hop++) {
            Neighbours.Hop found = neighbours.of(scope, frontier, kinds);
            hubs.addAll(found.cappedHubs());
            Set<String> next = new LinkedHashSet<>();
            for (NetworkLink link : found.links()) {
                boolean known = persons.contains(link.to());
                if (!known && persons.size() >= first) {
                    continue;
                }
                if (!known) {
                    persons.add(link.to());
                    next.add(link.to());
                }
                // one edge per pair and explanation, whichever end it was found from
                List<String> key = link.from().compareTo(link.to()) < 0
                        ? List.of(link.from(), link.to(), link.explanation()) : List.of(link.to(), link.from(), link.explanation());
                if (seenEdges.add(key)) {
                    edges.add(link);
                }
            }
            frontier = next;
        }
        return new NetworkView(List.copyOf(persons), edges, List.copyOf(hubs));
    }
}
