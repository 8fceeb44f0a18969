package uk.toex.crosslink.resolution.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.MatchDecision;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * Review decisions as {@code :MatchDecision} nodes: who decided what about which two records,
 * when and why. Never deleted; the latest decision on a pair is the one that applies.
 */
@Component
public class DecisionStore {

    private final Driver driver;
    private final CypherLibrary cypher;

    public DecisionStore(Driver driver, CypherLibrary cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    public List<MatchDecision> all() {
        try (var session = driver.session()) {
            return session.run(cypher.get("resolution/load-decisions")).list(row -> new MatchDecision(
                    row.get("recordA").asString(), row.get("recordB").asString(),
                    MatchDecision.Decision.valueOf(row.get("decision").asString())));
        }
    }

    /** Records a decision; returns its id. */
    public String record(String recordA, String recordB, MatchDecision.Decision decision, String reason, String by) {
        boolean inOrder = recordA.compareTo(recordB) < 0;
        String a = inOrder ? recordA : recordB;
        String b = inOrder ? recordB : recordA;
        String id = "D-" + UUID.randomUUID();
        try (var session = driver.session()) {
            int created = session.executeWrite(tx -> tx.run(cypher.get("resolution/record-decision"), Map.of(
                    "id", id, "a", a, "b", b, "decision", decision.name(), "reason", reason == null ? "" : reason,
                    "by", by, "at", OffsetDateTime.now().toString())).list().size());
            if (created == 0) {
                throw new IllegalArgumentException("No person record " + a + " or " + b);
            }
        }
        return id;
    }
}
