package uk.toex.crosslink.graph;

import java.util.List;
import java.util.Map;

/**
 * A Relay cursor connection. Edges are maps ({@code cursor}, {@code node} and the relationship's
 * own fields such as {@code role} or {@code relation}) because each list's edge carries different
 * fields; the schema types them.
 */
public record Connection(List<Map<String, Object>> edges, PageInfo pageInfo, long totalCount) {

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public static Connection of(List<Map<String, Object>> edges, boolean hasNext, boolean hasPrevious, long total) {
        String start = edges.isEmpty() ? null : (String) edges.get(0).get("cursor");
        String end = edges.isEmpty() ? null : (String) edges.get(edges.size() - 1).get("cursor");
        return new Connection(List.copyOf(edges), new PageInfo(hasNext, hasPrevious, start, end), total);
    }

    public static Connection empty(boolean hasPrevious) {
        return of(List.of(), false, hasPrevious, 0);
    }
}
