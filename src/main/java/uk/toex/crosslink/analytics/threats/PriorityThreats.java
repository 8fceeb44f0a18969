package uk.toex.crosslink.analytics.threats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.analytics.AnalyticsProperties;
import uk.toex.crosslink.analytics.GravityTable;
import uk.toex.crosslink.analytics.WeightedScore;
import uk.toex.crosslink.analytics.groups.DiscoveredGroup;
import uk.toex.crosslink.analytics.groups.DiscoveredGroups;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.resolution.normalise.CountryNormaliser;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * The caller's highest-priority threats: every mapped OCG the caller may see and every UNMAPPED
 * discovered group (a mapped one is already represented by its OCG), scored from what the caller
 * may see of their persons. Computed for the caller, like the groups it reuses.
 */
@Service
public class PriorityThreats {

    static final int MAX_FIRST = 100;

    private final CypherRunner cypher;
    private final DiscoveredGroups groups;
    private final ThreatScorer scorer;
    private final GravityTable gravity;
    private final boolean overrideRecordGravity;

    PriorityThreats(CypherRunner cypher, DiscoveredGroups groups, ThreatScorer scorer, GravityTable gravity,
                    AnalyticsProperties properties) {
        this.cypher = cypher;
        this.groups = groups;
        this.scorer = scorer;
        this.gravity = gravity;
        this.overrideRecordGravity = properties.profiles().overrideRecordGravity();
    }

    @SuppressWarnings("unchecked")
    public List<ThreatEntry> rank(AccessScope scope, String force, int first) {
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidInputException("first must be 0.." + MAX_FIRST);
        }
        String wanted = force == null ? "" : force.strip().toUpperCase(Locale.ROOT);
        List<Map<String, Object>> subjects = new ArrayList<>();
        Map<String, Integer> roles = new HashMap<>();
        for (Map<String, Object> row : cypher.read("analytics/threat-ocgs", scope, Map.of("force", wanted))) {
            subjects.add(Map.of("key", row.get("key"), "persons", row.get("persons")));
            roles.put((String) row.get("key"), ((List<String>) row.get("roles")).size());
        }
        Map<String, DiscoveredGroup> byId = new HashMap<>();
        for (DiscoveredGroup g : groups.all(scope)) {
            if (g.unmapped() && (wanted.isEmpty() || g.forces().contains(wanted))) {
                byId.put(g.id(), g);
                subjects.add(Map.of("key", g.id(), "persons", g.memberIds()));
            }
        }
        List<ThreatEntry> entries = new ArrayList<>();
        for (Map<String, Object> row : cypher.read("analytics/threat-facts", scope, Map.of("subjects", subjects))) {
            String key = (String) row.get("key");
            int size = subjects.stream().filter(s -> s.get("key").equals(key))
                    .mapToInt(s -> ((List<?>) s.get("persons")).size()).findFirst().orElse(0);
            ThreatFacts facts = facts(row, size, roles.getOrDefault(key, 0));
            var components = scorer.components(facts);
            entries.add(new ThreatEntry(0, WeightedScore.score(components), components, byId.containsKey(key) ? null : key,
                    byId.get(key)));
        }
        entries.sort(Comparator.comparingDouble(ThreatEntry::score).reversed().thenComparing(ThreatEntry::id));
        List<ThreatEntry> top = new ArrayList<>();
        for (int i = 0; i < Math.min(first, entries.size()); i++) {
            top.add(entries.get(i).ranked(i + 1));
        }
        return top;
    }

    @SuppressWarnings("unchecked")
    private ThreatFacts facts(Map<String, Object> row, int size, int roleCount) {
        int gravest = 0;
        String gravestLine = "none";
        LocalDate latest = (LocalDate) row.get("latestAdvert");
        for (Map<String, Object> o : (List<Map<String, Object>>) row.get("offences")) {
            GravityTable.Decided g = gravity.decide((String) o.get("category"), (String) o.get("hoCode"),
                    (Number) o.get("gravity"), overrideRecordGravity);
            if (g.value() > gravest) {
                gravest = g.value();
                gravestLine = g.value() + " (" + o.get("key") + ", " + o.get("category") + ", from the " + g.source() + ")";
            }
            LocalDate date = (LocalDate) o.get("date");
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        Set<String> nationalities = new HashSet<>();
        for (String n : (List<String>) row.get("nationalities")) {
            nationalities.add(CountryNormaliser.alpha2(n).orElse(n.strip().toUpperCase(Locale.ROOT)));
        }
        return new ThreatFacts(size, roleCount, new HashSet<>((List<String>) row.get("forces")).size(), nationalities.size(),
                gravest, gravestLine, num(row, "victims"), num(row, "vulnerable"), num(row, "safeguarding"),
                num(row, "adverts"), num(row, "phones"), latest);
    }

    private static int num(Map<String, Object> row, String name) {
        return ((Number) row.get(name)).intValue();
    }
}
