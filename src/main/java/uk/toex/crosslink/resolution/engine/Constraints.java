package uk.toex.crosslink.resolution.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Human decisions as clustering constraints: must-link pairs are joined whatever the scores,
 * cannot-link pairs are never in one cluster. Record numbers, lower first.
 */
final class Constraints {

    final List<int[]> mustLink;
    private final Set<Long> cannotLink;

    Constraints(List<int[]> mustLink, Set<Long> cannotLink) {
        this.mustLink = mustLink;
        this.cannotLink = cannotLink;
    }

    static Constraints none() {
        return new Constraints(List.of(), new HashSet<>());
    }

    static Constraints of(List<MatchDecision> decisions, Dataset data) {
        List<int[]> must = new java.util.ArrayList<>();
        Set<Long> cannot = new HashSet<>();
        for (MatchDecision d : decisions) {
            int a = data.number(d.recordA());
            int b = data.number(d.recordB());
            if (a < 0 || b < 0 || a == b) {
                continue;
            }
            if (d.decision() == MatchDecision.Decision.SAME) {
                must.add(new int[] {a, b});
                cannot.remove(pair(a, b));
            } else if (d.decision() == MatchDecision.Decision.DIFFERENT) {
                cannot.add(pair(a, b));
                must.removeIf(p -> pair(p[0], p[1]) == pair(a, b));
            }
        }
        return new Constraints(must, cannot);
    }

    boolean cannotLink(int a, int b) {
        return !cannotLink.isEmpty() && cannotLink.contains(pair(a, b));
    }

    static long pair(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }
}
