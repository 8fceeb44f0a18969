package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.adverts.AdvertCluster;
import uk.toex.crosslink.adverts.AdvertClusterService;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.PageRequest;

/**
 * GraphQL {@code advertClusters}: paging and ids here, clustering in {@link AdvertClusterService},
 * what lies behind each cluster in {@link AdvertClusterMemberController}.
 */
@Controller
class AdvertClusterController {

    private final AdvertClusterService clusters;

    AdvertClusterController(AdvertClusterService clusters) {
        this.clusters = clusters;
    }

    @QueryMapping
    Connection advertClusters(@Argument Integer minSize, @Argument Integer first, @Argument String after,
                              GraphQLContext context) {
        int size = Limits.page("first", first, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
        int offset = Cursor.offsetAfter(after);
        AdvertClusterService.Page page = clusters.clusters(CallerScope.of(context),
                Limits.range("minSize", minSize, 2, 2, 10_000), offset, size);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.clusters().size(); i++) {
            edges.add(Map.of("cursor", Cursor.ofOffset(offset + i), "node", page.clusters().get(i)));
        }
        return Connection.of(edges, offset + size < page.total(), offset > 0, page.total());
    }

    @SchemaMapping(typeName = "AdvertCluster")
    String id(AdvertCluster cluster) {
        return GlobalId.encode("AdvertCluster", cluster.id());
    }
}
