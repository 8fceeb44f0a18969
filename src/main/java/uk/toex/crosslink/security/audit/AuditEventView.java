package uk.toex.crosslink.security.audit;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The GraphQL {@code AuditEvent}: one stored {@code :AuditEvent} as an auditor reads it. */
record AuditEventView(String id, OffsetDateTime at, String channel, String subject, List<String> roles,
                      List<String> forces, String purpose, String operation, String operationType, List<String> fields,
                      String queryHash, String variables, List<String> disclosedIds, long disclosedCount, String outcome,
                      List<String> errors, long durationMs) {

    @SuppressWarnings("unchecked")
    static AuditEventView of(Map<String, Object> e) {
        Object at = e.get("at");
        return new AuditEventView((String) e.get("id"),
                at instanceof ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) at,
                (String) e.get("channel"), (String) e.get("subject"), list(e, "roles"), list(e, "forces"),
                (String) e.get("purpose"), (String) e.get("operation"), (String) e.get("operationType"), list(e, "fields"),
                (String) e.get("queryHash"), (String) e.get("variables"), list(e, "disclosedIds"),
                number(e, "disclosedCount"), String.valueOf(e.get("outcome")).toUpperCase(Locale.ROOT),
                list(e, "errors"), number(e, "durationMs"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> e, String key) {
        return e.get(key) instanceof List<?> l ? (List<String>) l : List.of();
    }

    private static long number(Map<String, Object> e, String key) {
        return e.get(key) instanceof Number n ? n.longValue() : 0;
    }
}
