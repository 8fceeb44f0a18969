package uk.toex.crosslink.graph;

import java.util.List;
import java.util.Map;

/**
 * A Relay cursor connection. Edges are maps ({@code cursor}, {@code node} and the relationship's
 * own fields such as {@code role} or {@code relation}) because each list's edge carries different
 * fields; the schema types them. {@code withheld} marks a list from which entries that would
 * disclose a protected person's contact details were left out for the caller (docs/SECURITY.md),
 * so that what is withheld is never silently absent.
 */
public record Connection(List<Map<String, Object>> edges, PageInfo pageInfo, long totalCount, boolean withheld) {

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public static Connection of(List<Map<String, Object>> edges, boolean hasNext, boolean hasPrevious, long total) {
        String start = edges.isEmpty() ? null : (String) edges.get(0).get("cursor");
        String end = edges.isEmpty() ? null : (String) edges.get(edges.size() - 1).get("cursor");
        return new Connection(List.copyOf(edges), new PageInfo(hasNext, hasPrevious, start, end), total, false);
    }

    public static Connection empty(boolean hasPrevious) {
        return of(List.of(), false, hasPrevious, 0);
    }

    public Connection withheld(boolean withheld) {
        return new Connection(edges, pageInfo, totalCount, withheld);
    }
}
