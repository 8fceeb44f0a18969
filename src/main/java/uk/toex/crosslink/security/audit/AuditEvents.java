package uk.toex.crosslink.security.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.security.CallerScopes;
import uk.toex.crosslink.store.CypherRunner;

/** Reads the audit log a page at a time, newest first (cypher/audit/events*.cypher). */
@Service
public class AuditEvents {

    static final int MAX_PAGE = 500;

    private final CypherRunner cypher;
    private final CallerScopes scopes;
    private final AuditHmac hmac;

    public AuditEvents(CypherRunner cypher, CallerScopes scopes, AuditHmac hmac) {
        this.cypher = cypher;
        this.scopes = scopes;
        this.hmac = hmac;
    }

    public AuditEventConnection page(AuditEventFilter filter, int first, String after) {
        if (first < 0 || first > MAX_PAGE) {
            throw new uk.toex.crosslink.security.BadRequestException("auditEvents(first:) must be between 0 and " + MAX_PAGE);
        }
        Map<String, Object> params = filterParams(filter == null ? AuditEventFilter.NONE : filter);
        long total = ((Number) cypher.readOne("audit/events-count", scopes.current(), params).get("total")).longValue();
        AuditEventConnection.Cursor cursor = after == null ? null : AuditEventConnection.Cursor.decode(after);
        params.put("afterAt", cursor == null ? null : cursor.at());
        params.put("afterId", cursor == null ? null : cursor.id());
        params.put("limit", first + 1);
        List<Map<String, Object>> rows = cypher.read("audit/events", scopes.current(), params);
        @SuppressWarnings("unchecked")
        List<AuditEventConnection.Edge> edges = rows.stream().limit(first)
                .map(row -> AuditEventConnection.Edge.of((Map<String, Object>) row.get("event"))).toList();
        AuditEventConnection.PageInfo info = new AuditEventConnection.PageInfo(rows.size() > first, after != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new AuditEventConnection(edges, info, total);
    }

    private Map<String, Object> filterParams(AuditEventFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("subject", f.subject());
        p.put("from", f.from() == null ? null : f.from().toString());
        p.put("to", f.to() == null ? null : f.to().toString());
        p.put("operation", f.operation());
        p.put("purpose", f.purpose());
        p.put("outcome", f.outcome() == null ? null : f.outcome().name().toLowerCase(Locale.ROOT));
        p.put("valueHash", f.value() == null ? null : hmac.hash(f.value()));
        return p;
    }
}
