package uk.toex.crosslink.api;

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
import uk.toex.crosslink.graph.NestedReads;
import uk.toex.crosslink.graph.NodeKind;
import uk.toex.crosslink.graph.PageRequest;

/** What controllers call to defer a read to the request's DataLoaders. */
final class GraphLoading {

    private GraphLoading() {
    }

    /**
     * A page of a nested list of {@code parentKey}, batched with the same list of every other parent, and
     * read with the nested lists its nodes' fields ask for ({@link Lookahead}) in the same statement.
     */
    static CompletableFuture<Connection> link(DataFetchingEnvironment env, Link link, String parentKey,
                                              Integer first, String after) {
        Cursor.offsetAfter(after); // refuse a bad cursor here, where the error names this field
        DataLoader<LinkKey, Connection> loader = env.getDataLoader(GraphLoaders.LINKS);
        LinkKey key = LinkKey.of(link, parentKey, PageRequest.of(first, after));
        NestedReads level = Lookahead.ofConnection(env.getSelectionSet());
        return level.isEmpty() ? loader.load(key) : loader.load(key, LevelPriming.of(env, level));
    }

    /** A page of a top-level list; the count query runs only when the client asks for {@code totalCount}. */
    static Connection list(ListReader lists, DataFetchingEnvironment env, Listing listing, Integer first, String after) {
        return list(lists, env, listing, ListFilter.none(), first, after);
    }

    /**
     * A page of a filtered top-level list; the filter applies to the page and to {@code totalCount} alike.
     * The nested lists the page's nodes ask for ({@link Lookahead}) are read in the page's statement.
     */
    static Connection list(ListReader lists, DataFetchingEnvironment env, Listing listing, ListFilter filter,
                           Integer first, String after) {
        DataFetchingFieldSelectionSet selection = env.getSelectionSet();
        NestedReads level = Lookahead.ofConnection(selection, listing.kind());
        ListReader.LevelPage page = lists.page(CallerScope.of(env.getGraphQlContext()), listing, filter,
                PageRequest.of(first, after), selection.contains("totalCount"), level);
        if (!level.isEmpty()) {
            LevelPriming priming = LevelPriming.of(env, level);
            page.nested().forEach(priming::prime);
        }
        return page.connection();
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

    /**
     * The node of a decoded id (or federation key), batched with every other node of the request and
     * read with the nested lists its selected fields ask for ({@link Lookahead}) in the same statement.
     */
    static CompletableFuture<GraphNode> node(DataFetchingEnvironment env, GlobalId id) {
        DataLoader<GlobalId, GraphNode> loader = env.getDataLoader(GraphLoaders.NODES);
        NestedReads level = NodeKind.of(id.type()).map(kind -> Lookahead.ofNode(env.getSelectionSet(), kind)).orElse(NestedReads.none());
        return level.isEmpty() ? loader.load(id) : loader.load(id, LevelPriming.of(env, level));
    }
}
