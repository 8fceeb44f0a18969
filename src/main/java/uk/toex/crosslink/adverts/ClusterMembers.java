package uk.toex.crosslink.adverts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.GraphNodes;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * What lies behind advert clusters (their phones, addresses or persons), a page at a time: one
 * query per kind for any number of clusters, each with its own cursor and page. The walk from a
 * cluster's adverts cannot be avoided (a phone may be given by the last advert), but only the page
 * is projected, and the total comes from the same walk.
 */
@Service
public class ClusterMembers {

    /** The members a cluster leads to, each with its query (ordered by the member's key). */
    public enum Kind {
        PHONES("queries/adverts/cluster-phones"),
        ADDRESSES("queries/adverts/cluster-addresses"),
        PERSONS("queries/adverts/cluster-persons");

        private final String query;

        Kind(String query) {
            this.query = query;
        }
    }

    /** One cluster's page: after the member with key {@code after} (null: from the start), at most {@code limit} (null: all). */
    public record Request(Kind kind, AdvertCluster cluster, String after, Integer limit) {
    }

    /** A page of members, in key order, and how many the cluster leads to in all. */
    public record Page(List<GraphNode> members, int total) {
    }

    private final CypherRunner cypher;
    private final GraphNodes nodes;

    public ClusterMembers(CypherRunner cypher, GraphNodes nodes) {
        this.cypher = cypher;
        this.nodes = nodes;
    }

    /** The pages of requests that are all of one kind. */
    @SuppressWarnings("unchecked")
    public Map<Request, Page> pages(AccessScope scope, Kind kind, List<Request> requests) {
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            Map<String, Object> param = new HashMap<>();
            param.put("index", i);
            param.put("keys", r.cluster().keys());
            param.put("after", r.after());
            param.put("limit", r.limit());
            params.add(param);
        }
        Map<Request, Page> pages = new HashMap<>();
        for (Map<String, Object> row : cypher.read(kind.query, scope, Map.of("requests", params))) {
            List<GraphNode> members = ((List<Map<String, Object>>) row.get("page")).stream()
                    .map(p -> nodes.from(scope, p)).toList();
            Request request = requests.get(((Number) row.get("index")).intValue());
            pages.put(request, new Page(members, ((Number) row.get("total")).intValue()));
        }
        return pages;
    }
}
