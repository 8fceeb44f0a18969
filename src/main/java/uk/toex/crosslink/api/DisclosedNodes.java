package uk.toex.crosslink.api;

import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.security.audit.DisclosedIds;

/**
 * Tells the audit which nodes a request served: every node a field resolved to, in lists too,
 * by its global id, whether or not the request selected {@code id}.
 */
@Component
class DisclosedNodes extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState state) {
        record(parameters, parameters.getFetchedValue());
        return super.beginFieldCompletion(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
        Object value = parameters.getFetchedValue() instanceof FetchedValue f ? f.getFetchedValue() : parameters.getFetchedValue();
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> record(parameters, item));
        }
        return super.beginFieldListCompletion(parameters, state);
    }

    private static void record(InstrumentationFieldCompleteParameters parameters, Object fetched) {
        Object value = fetched instanceof FetchedValue f ? f.getFetchedValue() : fetched;
        if (value instanceof GraphNode node) {
            DisclosedIds.add(parameters.getExecutionContext().getGraphQLContext(),
                    GlobalId.encode(node.typeName(), node.key()));
        }
    }
}
