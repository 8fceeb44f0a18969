package uk.toex.crosslink.architecture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds one cycle in a package graph by depth-first search, to name it in a failure. */
final class PackageCycles {

    private PackageCycles() {
    }

    /** @return the packages of one cycle, first repeated at the end; empty when there is none */
    static List<String> find(Map<String, ? extends Map<String, ?>> edges) {
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet().stream().sorted().toList()) {
            List<String> cycle = walk(start, edges, new ArrayList<>(), done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        return List.of();
    }

    private static List<String> walk(String node, Map<String, ? extends Map<String, ?>> edges, List<String> path,
                                     Set<String> done) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.add(node);
        Map<String, ?> targets = edges.get(node);
        for (String next : targets == null ? List.<String>of() : targets.keySet().stream().sorted().toList()) {
            List<String> cycle = walk(next, edges, path, done);
            if (!cycle.isEmpty()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return List.of();
    }
}
