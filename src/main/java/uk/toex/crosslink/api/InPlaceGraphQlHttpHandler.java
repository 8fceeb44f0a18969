package uk.toex.crosslink.api;

import java.util.concurrent.CompletableFuture;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /graphql} answered on the request's own dispatch when execution has already finished.
 * Spring for GraphQL's handler always answers through the servlet's async support, so every request
 * was dispatched twice (the filter chain, Spring Security's included, and the dispatcher servlet ran
 * again for the second dispatch) although execution here runs on the request's thread and has
 * finished by then (security.hardening.ExecutionDeadline). Nothing changes but the dispatch: the same
 * status, headers and body, and the audit event is still recorded inside the execution, before the
 * response is written. An execution that has not finished, or that failed, goes the async way as before.
 */
class InPlaceGraphQlHttpHandler extends GraphQlHttpHandler {

    InPlaceGraphQlHttpHandler(WebGraphQlHandler graphQlHandler) {
        super(graphQlHandler);
    }

    @Override
    protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
        CompletableFuture<WebGraphQlResponse> executed = responseMono.toFuture();
        boolean finished = executed.isDone() && !executed.isCompletedExceptionally();
        ServerResponse response = super.prepareResponse(request, Mono.fromFuture(executed));
        if (finished && response instanceof AsyncServerResponse async) {
            return async.block(); // its future completed as it was made: returns at once
        }
        return response;
    }
}
