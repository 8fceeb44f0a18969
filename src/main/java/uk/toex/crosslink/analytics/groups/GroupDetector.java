package uk.toex.crosslink.analytics.groups;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.AnalyticsProperties;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Finds the groups one scope may see: projects the association graph from visible records only,
 * detects communities, and keeps those with at least {@code min-suspects} suspects (families sharing
 * a home are communities too, but not organised crime). Cohesion is the mean over member pairs of
 * min(1, pair weight): 1 when everyone is strongly linked to everyone.
 */
@Component
class GroupDetector {

    private final AssociationProjection projection;
    private final CypherRunner cypher;
    private final AnalyticsProperties.Groups settings;

    GroupDetector(AssociationProjection projection, CypherRunner cypher, AnalyticsProperties properties) {
        this.projection = projection;
        this.cypher = cypher;
        this.settings = properties.groups();
    }

    List<DiscoveredGroup> detect(AccessScope scope) {
        AssociationGraph graph = projection.project(scope);
        List<Set<String>> communities = CommunityDetection.communities(graph.graph(settings.minEdgeWeight()),
                settings.minSize(), settings.splitAbove());
        Map<String, Member> members = members(scope, communities);
        List<DiscoveredGroup> groups = new ArrayList<>();
        for (Set<String> community : communities) {
            DiscoveredGroup group = group(new TreeSet<>(community), graph, members);
            if (group.suspects() >= settings.minSuspects()) {
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparingInt((DiscoveredGroup g) -> g.memberIds().size()).reversed()
                .thenComparing(DiscoveredGroup::id));
        return groups;
    }

    private DiscoveredGroup group(TreeSet<String> ids, AssociationGraph graph, Map<String, Member> members) {
        List<String> list = List.copyOf(ids);
        List<Evidence> evidence = new ArrayList<>();
        double cohesion = 0;
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                evidence.addAll(graph.evidence(list.get(i), list.get(j)));
                cohesion += Math.min(1, graph.weight(list.get(i), list.get(j)));
            }
        }
        int pairs = list.size() * (list.size() - 1) / 2;
        TreeSet<String> forces = new TreeSet<>();
        TreeSet<String> ocgs = new TreeSet<>();
        TreeSet<String> nationalities = new TreeSet<>();
        int suspects = 0;
        for (String id : list) {
            Member m = members.getOrDefault(id, Member.NONE);
            forces.addAll(m.forces());
            ocgs.addAll(m.ocgs());
            nationalities.addAll(m.nationalities());
            suspects += m.suspect() ? 1 : 0;
        }
        return new DiscoveredGroup(id(list), list, List.copyOf(forces), Math.round(cohesion / pairs * 1000) / 1000.0,
                List.copyOf(ocgs), evidence, nationalities, suspects);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Member> members(AccessScope scope, List<Set<String>> communities) {
        List<String> ids = communities.stream().flatMap(Set::stream).distinct().toList();
        Map<String, Member> members = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 5000) {
            for (Map<String, Object> row : cypher.read("analytics/group-members", scope,
                    Map.of("persons", ids.subList(from, Math.min(ids.size(), from + 5000))))) {
                members.put((String) row.get("person"), new Member(Set.copyOf((List<String>) row.get("forces")),
                        Boolean.TRUE.equals(row.get("suspect")), Set.copyOf((List<String>) row.get("nationalities")),
                        Set.copyOf((List<String>) row.get("ocgs"))));
            }
        }
        return members;
    }

    private record Member(Set<String> forces, boolean suspect, Set<String> nationalities, Set<String> ocgs) {
        static final Member NONE = new Member(Set.of(), false, Set.of(), Set.of());
    }

    static String id(List<String> sortedMembers) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sortedMembers).getBytes(StandardCharsets.UTF_8));
            return "G-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
