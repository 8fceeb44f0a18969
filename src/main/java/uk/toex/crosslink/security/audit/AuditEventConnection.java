package uk.toex.crosslink.security.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL {@code AuditEventConnection}, and its edges, nodes and cursors. (Spring GraphQL
 * passes through values whose class name ends in {@code Connection}; others need an adapter.)
 */
public record AuditEventConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

    record Edge(String cursor, AuditEventView node) {

        static Edge of(Map<String, Object> event) {
            AuditEventView node = AuditEventView.of(event);
            return new Edge(Cursor.encode(node.at(), node.id()), node);
        }
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** Opaque cursor: the (at, id) of an event, base64url. */
    record Cursor(String at, String id) {

        static String encode(OffsetDateTime at, String id) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                OffsetDateTime.parse(text.substring(0, bar));
                return new Cursor(text.substring(0, bar), text.substring(bar + 1));
            } catch (RuntimeException e) {
                throw new uk.toex.crosslink.security.BadRequestException("Invalid cursor for auditEvents(after:)");
            }
        }
    }
}
