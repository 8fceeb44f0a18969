package uk.toex.crosslink.analytics.threats;

import java.util.List;
import uk.toex.crosslink.analytics.ScoreComponent;
import uk.toex.crosslink.analytics.groups.DiscoveredGroup;

/** A ranked threat: a mapped OCG (by key) or a discovered group, with its score components. */
public record ThreatEntry(int rank, double score, List<ScoreComponent> components, String ocgKey, DiscoveredGroup group) {

    ThreatEntry ranked(int newRank) {
        return new ThreatEntry(newRank, score, components, ocgKey, group);
    }

    String id() {
        return ocgKey != null ? ocgKey : group.id();
    }
}
