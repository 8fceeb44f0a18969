package uk.toex.crosslink.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.security.AccessScope;

/**
 * Shortest explained paths between two persons: breadth-first from one end through
 * {@link Neighbours} (hubs are not crossed), remembering for every person reached each link it was
 * first reached by at its level, then up to {@code first} paths read back from the far end. Every
 * hop is a link with its explanation; a walk that grows past {@link #MAX_REACHED} persons stops
 * with an error naming the limit.
 */
@Service
public class PathFinder {

    public static final int MAX_HOPS = 6;
    public static final int MAX_REACHED = 5000;

    private final Neighbours neighbours;

    public PathFinder(Neighbours neighbours) {
        this.neighbours = neighbours;
    }

    public List<List<NetworkLink>> paths(AccessScope scope, String from, String to, int maxHops, int first) {
        if (from.equals(to)) {
            return List.of();
        }
        List<String> kinds = LinkKinds.ALL;
        Map<String, List<NetworkLink>> reachedBy = new HashMap<>();
        reachedBy.put(from, List.of());
        Set<String> frontier = Set.of(from);
        for (int hop = 1; hop <= maxHops && !frontier.isEmpty() && !reachedBy.containsKey(to); hop++) {
            Map<String, List<NetworkLink>> level = new HashMap<>();
            for (NetworkLink link : neighbours.of(scope, frontier, kinds).links()) {
                if (!reachedBy.containsKey(link.to())) {
                    level.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
                }
            }
            reachedBy.putAll(level);
            if (reachedBy.size() > MAX_REACHED) {
                throw new InvalidInputException("paths: more than " + MAX_REACHED + " persons within " + hop
                        + " hops of the start; lower maxHops");
            }
            frontier = new LinkedHashSet<>(level.keySet());
        }
        List<List<NetworkLink>> paths = new ArrayList<>();
        if (reachedBy.containsKey(to)) {
            collect(to, reachedBy, new ArrayList<>(), paths, first);
        }
        return paths;
    }

    /** Depth-first back from {@code at} to the start, each path read start first. */
    private static void collect(String at, Map<String, List<NetworkLink>> reachedBy, List<NetworkLink> suffix,
                                List<List<NetworkLink>> paths, int first) {
        List<NetworkLink> links = reachedBy.get(at);
        if (links.isEmpty()) {
            List<NetworkLink> path = new ArrayList<>(suffix);
            java.util.Collections.reverse(path);
            paths.add(List.copyOf(path));
            return;
        }
        for (NetworkLink link : links) {
            if (paths.size() >= first) {
                return;
            }
            suffix.add(link);
            collect(link.from(), reachedBy, suffix, paths, first);
            suffix.remove(suffix.size() - 1);
        }
    }

    /** The persons and links of the shortest path between every two of the persons given. */
    public NetworkView connecting(AccessScope scope, List<String> persons, int maxHops) {
        Set<String> nodes = new LinkedHashSet<>(persons);
        Set<NetworkLink> edges = new LinkedHashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            for (int j = i + 1; j < persons.size(); j++) {
                for (List<NetworkLink> path : paths(scope, persons.get(i), persons.get(j), maxHops, 1)) {
                    for (NetworkLink link : path) {
                        nodes.add(link.to());
                        edges.add(link);
                    }
                }
            }
        }
        return new NetworkView(List.copyOf(nodes), List.copyOf(edges), List.of());
    }
}
