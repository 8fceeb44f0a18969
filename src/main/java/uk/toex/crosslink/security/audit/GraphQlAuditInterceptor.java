package uk.toex.crosslink.security.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditEntry.Outcome;
import uk.toex.crosslink.security.AuditEntryBuilder;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.CurrentCaller;
import uk.toex.crosslink.security.web.Purpose;
import uk.toex.crosslink.security.web.RefusalAudit;

/**
 * Every GraphQL request leaves exactly one audit event, recorded before the response goes
 * out: who, purpose, operation, hashed variables, ids disclosed and outcome. Outermost
 * interceptor, so refusals by the limits and timeouts inside it are recorded too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlAuditInterceptor implements WebGraphQlInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Total length of the documents whose summaries are kept (16 MB of text). */
    private static final long SUMMARIZED_CHARS = 16L * 1024 * 1024;

    private final AuditLog audit;
    private final AuditHmac hmac;
    private final CurrentCaller callers;
    private final ObjectProvider<GraphQlSource> graphQl;
    private final OperationSummaries summaries = new OperationSummaries(SUMMARIZED_CHARS);
    /** The schema, looked up once: asking the bean factory on every request was a measurable share of it. */
    private volatile GraphQLSchema schema;

    GraphQlAuditInterceptor(AuditLog audit, AuditHmac hmac, CurrentCaller callers, ObjectProvider<GraphQlSource> graphQl) {
        this.audit = audit;
        this.hmac = hmac;
        this.callers = callers;
        this.graphQl = graphQl;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = callers.get().orElseGet(() -> Caller.of("anonymous", List.of(), List.of()));
        AuditEntryBuilder entry = started(request, caller);
        RefusalAudit.markAudited(request.getAttributes().get(RefusalAudit.MARK)); // this request's one event is below
        AtomicBoolean recorded = new AtomicBoolean();
        return chain.next(request)
                .map(response -> {
                    if (recorded.compareAndSet(false, true)) {
                        Disclosures disclosed = Disclosures.of(response.getExecutionResult().getData(),
                                DisclosedIds.of(response.getExecutionInput().getGraphQLContext()));
                        audit.record(entry.disclosed(List.copyOf(disclosed.ids()), disclosed.ids().size())
                                .errors(GraphQlOutcome.classifications(response.getExecutionResult().getErrors()))
                                .outcome(GraphQlOutcome.of(response.getExecutionResult().getErrors())));
                    }
                    return response;
                })
                .doOnError(error -> {
                    if (recorded.compareAndSet(false, true)) {
                        audit.record(entry.errors(List.of(error.getClass().getSimpleName())).outcome(Outcome.ERROR));
                    }
                })
                .doOnCancel(() -> {
                    if (recorded.compareAndSet(false, true)) {
                        audit.record(entry.errors(List.of("Cancelled")).outcome(Outcome.ERROR));
                    }
                });
    }

    private AuditEntryBuilder started(WebGraphQlRequest request, Caller caller) {
        OperationSummary op = summaries.of(request.getDocument(), request.getOperationName());
        VariableHasher hasher = new VariableHasher(hmac);
        Map<String, Object> variables = hasher.hash(schema(), op.variables(),
                request.getVariables() == null ? Map.of() : request.getVariables());
        String purpose = Purpose.of(request.getHeaders().getFirst(Purpose.HEADER))
                .orElse(caller.demo() ? Purpose.DEMO : null);
        return AuditEntry.by(caller, "graphql")
                .purpose(purpose)
                .operation(op.name(), op.type(), op.rootFields())
                .query(op.documentHash(), json(variables), hasher.hashes());
    }

    private GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null) {
            GraphQlSource source = graphQl.getIfAvailable();
            known = source == null ? null : source.schema();
            schema = known;
        }
        return known;
    }

    private static String json(Map<String, Object> variables) {
        try {
            return JSON.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
