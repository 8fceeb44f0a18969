package uk.toex.crosslink.analytics.groups;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.AnalyticsProperties;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Projects the association graph of persons the caller may see. An item (phone, email, document,
 * address, offence, advert) shared by n persons links each pair of them with weight
 * {@code linkWeight(kind) / log2(n)} (Adamic-Adar: a phone two people share says more than one
 * forty share); one shared by more than {@code hub-cap} persons links nobody and is reported as a
 * capped hub. A call links every holder of one phone with every holder of the other.
 */
@Component
public class AssociationProjection {

    /** One query per link kind ({@code cypher/analytics/association-<kind>.cypher}): small plans, each cached. */
    static final List<String> KINDS = List.of("phones", "emails", "documents", "addresses", "offences", "adverts", "calls");

    private final CypherRunner cypher;
    private final AnalyticsProperties.Groups settings;

    public AssociationProjection(CypherRunner cypher, AnalyticsProperties properties) {
        this.cypher = cypher;
        this.settings = properties.groups();
    }

    public AssociationGraph project(AccessScope scope) {
        AssociationGraph graph = new AssociationGraph();
        Map<String, Object> params = Map.of("hubCap", settings.hubCap());
        for (String kind : KINDS) {
            for (Map<String, Object> row : cypher.read("analytics/association-" + kind, scope, params)) {
                add(graph, row);
            }
        }
        return graph;
    }

    @SuppressWarnings("unchecked")
    private void add(AssociationGraph graph, Map<String, Object> row) {
        String kind = (String) row.get("kind");
        String via = (String) row.get("via");
        int persons = ((Number) row.get("persons")).intValue();
        if (persons > settings.hubCap()) {
            graph.capped(kind.toLowerCase(Locale.ROOT) + " " + via + " (" + persons + " persons)");
            return;
        }
        List<Map<String, Object>> holders = onePerPerson((List<Map<String, Object>>) row.get("holders"));
        List<Map<String, Object>> others = onePerPerson((List<Map<String, Object>>) row.get("others"));
        double weight = settings.weight(kind) / (Math.log(Math.max(2, persons)) / Math.log(2));
        boolean bipartite = !others.isEmpty();
        for (int i = 0; i < holders.size(); i++) {
            List<Map<String, Object>> partners = bipartite ? others : holders.subList(i + 1, holders.size());
            for (Map<String, Object> other : partners) {
                link(graph, kind, via, holders.get(i), other, weight, persons);
            }
        }
    }

    /** A person with several records holding the item counts once (through its first record). */
    private static List<Map<String, Object>> onePerPerson(List<Map<String, Object>> holders) {
        Map<Object, Map<String, Object>> byPerson = new java.util.TreeMap<>();
        holders.stream().sorted(java.util.Comparator.comparing(h -> (String) h.get("record")))
                .forEach(h -> byPerson.putIfAbsent(h.get("person"), h));
        return List.copyOf(byPerson.values());
    }

    private static void link(AssociationGraph graph, String kind, String via, Map<String, Object> a,
                             Map<String, Object> b, double weight, int persons) {
        String pa = (String) a.get("person");
        String pb = (String) b.get("person");
        if (!pa.equals(pb)) {
            graph.add(new Evidence(pa, pb, kind, via, (String) a.get("record"), (String) b.get("record"), weight, persons));
        }
    }
}
