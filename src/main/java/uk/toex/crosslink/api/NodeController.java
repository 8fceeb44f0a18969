package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.GraphNode;

/** Relay {@code node(id:)}: any visible object by its global id. */
@Controller
class NodeController {

    @QueryMapping
    CompletableFuture<GraphNode> node(@Argument String id, DataFetchingEnvironment env) {
        return GraphLoading.node(env, id, null);
    }
}
