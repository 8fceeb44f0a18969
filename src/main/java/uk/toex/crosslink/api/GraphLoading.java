package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.Cursor;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.graph.Link;
import uk.toex.crosslink.graph.ListFilter;
import uk.toex.crosslink.graph.ListReader;
import uk.toex.crosslink.graph.Listing;
import uk.toex.crosslink.graph.NodeKind;
import uk.toex.crosslink.graph.PageRequest;

/** What controllers call to defer a read to the request's DataLoaders. */
final class GraphLoading {

    private GraphLoading() {
    }

    /** A page of a nested list of {@code parentKey}, batched with the same list of every other parent. */
    static CompletableFuture<Connection> link(DataFetchingEnvironment env, Link link, String parentKey,
                                              Integer first, String after) {
        Cursor.offsetAfter(after); // refuse a bad cursor here, where the error names this field
        DataLoader<LinkKey, Connection> loader = env.getDataLoader(GraphLoaders.LINKS);
        return loader.load(LinkKey.of(link, parentKey, PageRequest.of(first, after)));
    }

    /** A page of a top-level list; the count query runs only when the client asks for {@code totalCount}. */
    static Connection list(ListReader lists, GraphQLContext context, Listing listing, Integer first, String after,
                           DataFetchingFieldSelectionSet selection) {
        return list(lists, context, listing, ListFilter.none(), first, after, selection);
    }

    /** A page of a filtered top-level list; the filter applies to the page and to {@code totalCount} alike. */
    static Connection list(ListReader lists, GraphQLContext context, Listing listing, ListFilter filter, Integer first,
                           String after, DataFetchingFieldSelectionSet selection) {
        return lists.page(CallerScope.of(context), listing, filter, PageRequest.of(first, after),
                selection.contains("totalCount"));
    }

    /** The node an id names, or null when it does not exist or is hidden; bad ids are refused. */
    static CompletableFuture<GraphNode> node(DataFetchingEnvironment env, String id, String requiredType) {
        GlobalId globalId = GlobalId.decode(id);
        if (NodeKind.of(globalId.type()).isEmpty()
                || (requiredType != null && !requiredType.equals(globalId.type()))) {
            throw new InvalidInputException("not a valid id");
        }
        return node(env, globalId);
    }

    /** The node of a decoded id (or federation key), batched with every other node of the request. */
    static CompletableFuture<GraphNode> node(DataFetchingEnvironment env, GlobalId id) {
        DataLoader<GlobalId, GraphNode> loader = env.getDataLoader(GraphLoaders.NODES);
        return loader.load(id);
    }
}
