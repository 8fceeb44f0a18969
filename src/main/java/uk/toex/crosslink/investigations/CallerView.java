package uk.toex.crosslink.investigations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Redaction;
import uk.toex.crosslink.store.CypherLibrary;

/**
 * Turns a transaction's graph into exactly what one caller may see, so that a statement run
 * after it in the same transaction can only ever read the caller's view, whatever it says. The
 * transaction is always rolled back (by {@link InvestigationRunner}): nothing here is ever stored.
 *
 * <p>Every step is decided by the one visibility rule and its fragments ({@code {{visible r}}},
 * {@code {{identity-hidden r}}}, {@code visible-phone}...) and by {@link Redaction} itself, so an
 * investigation sees what the read API would show and nothing else (docs/SECURITY.md).
 */
@Component
public class CallerView {

    private final CypherLibrary cypher;
    private final Redaction redaction;

    public CallerView(CypherLibrary cypher, Redaction redaction) {
        this.cypher = cypher;
        this.redaction = redaction;
    }

    public void restrict(Transaction tx, AccessScope scope) {
        Map<String, Object> params = Map.of("scope", scope.toParameter());
        if (scope.hidesProtectedIdentities()) {
            redactProtected(tx, scope, params);
        }
        for (String step : List.of("view/hidden-facts", "view/hidden-resolved", "view/hidden-records", "view/outside-model")) {
            tx.run(cypher.get(step), params).consume();
        }
    }

    @SuppressWarnings("unchecked")
    private void redactProtected(Transaction tx, AccessScope scope, Map<String, Object> params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Record r : tx.run(cypher.get("view/protected-records"), params).list()) {
            List<String> flags = r.get("personFlags").asList(v -> v.asString());
            Map<String, Object> redacted = redaction.record(scope, flags, r.get("props").asMap());
            rows.add(Map.of("id", r.get("id").asString(), "props", redacted));
        }
        if (!rows.isEmpty()) {
            tx.run(cypher.get("view/redact-records"), Map.of("rows", rows)).consume();
        }
    }
}
