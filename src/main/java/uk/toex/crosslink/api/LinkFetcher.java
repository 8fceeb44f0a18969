package uk.toex.crosslink.api;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;
import uk.toex.crosslink.graph.Connection;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.Link;

/**
 * A page of one nested list of the parent node ({@code first}, {@code after}), batched with the
 * same list of every other parent of the request ({@link GraphLoading#link}). It describes what it
 * returns and takes, as an annotated controller method would, so the schema check inspects the
 * connection and edge types behind it.
 */
final class LinkFetcher implements SelfDescribingDataFetcher<CompletableFuture<Connection>> {

    private static final ResolvableType RETURNS = ResolvableType.forClassWithGenerics(CompletableFuture.class, Connection.class);
    private static final Map<String, ResolvableType> ARGUMENTS = Map.of(
            "first", ResolvableType.forClass(Integer.class), "after", ResolvableType.forClass(String.class));

    private final Link link;

    LinkFetcher(Link link) {
        this.link = link;
    }

    @Override
    public CompletableFuture<Connection> get(DataFetchingEnvironment env) {
        GraphNode parent = env.getSource();
        return GraphLoading.link(env, link, parent.key(), env.getArgument("first"), env.getArgument("after"));
    }

    @Override
    public String getDescription() {
        return "Link." + link.name();
    }

    @Override
    public ResolvableType getReturnType() {
        return RETURNS;
    }

    @Override
    public Map<String, ResolvableType> getArguments() {
        return ARGUMENTS;
    }

    @Override
    public boolean usesDataLoader() {
        return true;
    }
}
