package uk.toex.crosslink.security.hardening;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.ExecutionResult;
import java.util.Map;

/**
 * Refuses operations with more than {@code max} aliased fields (a fragment counts each time it
 * is spread): aliases multiply the work of one request without making it deeper.
 */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

    private final int max;

    AliasLimitInstrumentation(int max) {
        this.max = max;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        long aliases = count(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(), 0);
        if (aliases > max) {
            throw new AbortExecutionException("Too many aliases: " + aliases + ", at most " + max + " are allowed");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private long count(SelectionSet set, Map<String, FragmentDefinition> fragments, int depth) {
        if (set == null || depth > 64) {
            return 0;
        }
        long total = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total += (field.getAlias() != null ? 1 : 0) + count(field.getSelectionSet(), fragments, depth + 1);
            } else if (selection instanceof InlineFragment inline) {
                total += count(inline.getSelectionSet(), fragments, depth + 1);
            } else if (selection instanceof FragmentSpread spread && fragments.get(spread.getName()) != null) {
                total += count(fragments.get(spread.getName()).getSelectionSet(), fragments, depth + 1);
            }
        }
        return total;
    }
}
