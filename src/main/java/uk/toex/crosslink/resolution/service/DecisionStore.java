package uk.toex.crosslink.resolution.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.MatchDecision;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Review decisions as {@code :MatchDecision} nodes: who decided what about which two records,
 * when and why. Never deleted; the latest decision on a pair is the one that applies.
 */
@Component
public class DecisionStore {

    private final CypherRunner cypher;

    public DecisionStore(CypherRunner cypher) {
        this.cypher = cypher;
    }

    public List<MatchDecision> all() {
        return cypher.systemRead("resolution/load-decisions", Map.of()).stream().map(row -> new MatchDecision(
                (String) row.get("recordA"), (String) row.get("recordB"),
                MatchDecision.Decision.valueOf((String) row.get("decision")))).toList();
    }

    /** Records a decision; returns its id. */
    public String record(String recordA, String recordB, MatchDecision.Decision decision, String reason, String by) {
        boolean inOrder = recordA.compareTo(recordB) < 0;
        String a = inOrder ? recordA : recordB;
        String b = inOrder ? recordB : recordA;
        String id = "D-" + UUID.randomUUID();
        int created = cypher.write("resolution/record-decision", Map.of(
                "id", id, "a", a, "b", b, "decision", decision.name(), "reason", reason == null ? "" : reason,
                "by", by, "at", OffsetDateTime.now().toString())).size();
        if (created == 0) {
            throw new IllegalArgumentException("No person record " + a + " or " + b);
        }
        return id;
    }
}
