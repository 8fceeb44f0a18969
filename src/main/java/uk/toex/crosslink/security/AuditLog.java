package uk.toex.crosslink.security;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.audit.AuditHmac;
import uk.toex.crosslink.store.CypherRunner;

/**
 * The append-only audit log in the store ({@code :AuditEvent}, cypher/audit/record.cypher only
 * ever CREATEs; nothing edits or deletes an event). GraphQL requests are recorded by the
 * service itself; other entry points (command-line export, investigations) call
 * {@link #record(AuditEntry)} once per consultation. A failure to record is an error for the
 * consultation: nothing is disclosed without its audit event. Events of concurrent requests are
 * committed together ({@link GroupCommit}), each still durable before its request goes on.
 */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditHmac hmac;
    private final GroupCommit<Map<String, Object>> events;

    public AuditLog(CypherRunner cypher, AuditHmac hmac) {
        this.hmac = hmac;
        this.events = new GroupCommit<>(group -> cypher.write("audit/record", Map.of("events", group)));
    }

    /** @return the new event's id */
    public String record(AuditEntry entry) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("at", entry.at().atOffset(ZoneOffset.UTC));
        p.put("channel", entry.channel());
        p.put("subject", entry.subject());
        p.put("roles", entry.roles());
        p.put("forces", entry.forces());
        p.put("purpose", entry.purpose());
        p.put("operation", entry.operation());
        p.put("operationType", entry.operationType());
        p.put("fields", entry.fields());
        p.put("queryHash", entry.queryHash());
        p.put("variables", entry.variables());
        p.put("valueHashes", entry.valueHashes());
        p.put("disclosedIds", entry.disclosedIds());
        p.put("disclosedCount", entry.disclosedCount());
        p.put("outcome", entry.outcome().name().toLowerCase(java.util.Locale.ROOT));
        p.put("errors", entry.errors());
        p.put("durationMs", entry.durationMs());
        events.append(p); // durable before the consultation goes on; concurrent requests share the commit
        log.debug("Audit event {} recorded ({} {})", id, entry.channel(), entry.outcome());
        return id;
    }

    /** The keyed hash under which a personal value is recorded (HMAC-SHA256, key in the data dir). */
    public String hash(String value) {
        return hmac.hash(value);
    }
}
