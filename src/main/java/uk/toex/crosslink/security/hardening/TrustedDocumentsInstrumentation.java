package uk.toex.crosslink.security.hardening;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.springframework.stereotype.Component;

/** Refuses, before any field runs, a document that is not trusted (when that mode is on). */
@Component
class TrustedDocumentsInstrumentation extends SimplePerformantInstrumentation {

    private final TrustedDocuments trusted;

    TrustedDocumentsInstrumentation(TrustedDocuments trusted) {
        this.trusted = trusted;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        if (!trusted.allows(parameters.getExecutionContext().getExecutionInput().getQuery())) {
            throw new AbortExecutionException("Only trusted documents may run on this service");
        }
        return SimpleInstrumentationContext.noOp();
    }
}
