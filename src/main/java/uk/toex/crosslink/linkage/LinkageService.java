package uk.toex.crosslink.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.resolution.service.PersonFacts;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/** What no single force can see: persons known to several forces, and how much each force shares with each other. */
@Service
public class LinkageService {

    private final CypherRunner cypher;
    private final PersonFacts facts;

    public LinkageService(CypherRunner cypher, PersonFacts facts) {
        this.cypher = cypher;
        this.facts = facts;
    }

    /** A page of cross-force persons: entity ids (one more than asked when there is a next page) and the total. */
    public record Page(List<String> personIds, long total) {
    }

    public Page crossForcePersons(AccessScope scope, int minForces, List<String> forces, int first, String after) {
        Map<String, Object> params = new HashMap<>();
        params.put("minForces", minForces);
        params.put("forces", forces);
        params.put("after", after);
        params.put("limit", first + 1);
        // from the per-person facts when they are current (only persons two forces hold are
        // candidates); from the records otherwise, and for minForces 1 (every visible person)
        String walk = minForces >= 2 && facts.current() ? "" : "-from-records";
        List<String> ids = cypher.read("queries/linkage/cross-force-persons" + walk, scope, params).stream()
                .map(row -> (String) row.get("personId")).toList();
        Map<String, Object> count = cypher.readOne("queries/linkage/cross-force-count" + walk, scope, params);
        return new Page(ids, count == null ? 0 : ((Number) count.get("total")).longValue());
    }

    public ForceLinkage forceLinkage(AccessScope scope, String force) {
        Map<String, ForceOverlap> byForce = new HashMap<>();
        for (Map<String, Object> row : cypher.read("queries/linkage/force-linkage", scope, Map.of("force", force))) {
            String other = (String) row.get("other");
            String key = other == null ? "" : other;
            ForceOverlap current = byForce.getOrDefault(key, new ForceOverlap(other == null ? force : other, 0, 0, 0));
            byForce.put(key, current.plus((String) row.get("what"), ((Number) row.get("n")).longValue()));
        }
        ForceOverlap own = byForce.getOrDefault("", new ForceOverlap(force, 0, 0, 0));
        List<ForceOverlap> shared = new ArrayList<>(byForce.values());
        shared.remove(own);
        shared.sort(Comparator.comparingLong(ForceOverlap::persons).reversed().thenComparing(ForceOverlap::force));
        return ForceLinkage.of(own, shared);
    }
}
