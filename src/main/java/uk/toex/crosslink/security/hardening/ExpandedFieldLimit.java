package uk.toex.crosslink.security.hardening;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before validation, a document whose fields, with every fragment spread expanded where
 * it is spread, number more than the cost limit allows. Each field costs at least 1 in
 * {@link PageSizeComplexity}, so such a document would be refused anyway; but validation, the
 * depth and cost checks and execution all expand spreads, and thirty fragments each spreading the
 * next twice make 2^30 fields out of 1.5 KB: counted here once per fragment, not per expansion.
 */
class ExpandedFieldLimit extends SimplePerformantInstrumentation {

    private final long max;

    ExpandedFieldLimit(long max) {
        this.max = max;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        long fields = fields(parameters.getDocument());
        if (fields > max) {
            throw new AbortExecutionException("Query too costly: its fields, fragments expanded, number more than "
                    + max + " (at most " + max + " are allowed)");
        }
        return super.beginValidation(parameters, state);
    }

    long fields(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof FragmentDefinition f) {
                fragments.putIfAbsent(f.getName(), f);
            }
        }
        Counter counter = new Counter(fragments);
        long most = 0;
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition op) {
                most = Math.max(most, counter.count(op.getSelectionSet()));
            }
        }
        return most;
    }

    /** Expanded size of selection sets, each fragment's computed once; capped so sums cannot overflow. */
    private final class Counter {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Long> sizes = new HashMap<>();
        private final Set<String> open = new HashSet<>();

        Counter(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        long count(SelectionSet set) {
            if (set == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : set.getSelections()) {
                if (selection instanceof Field field) {
                    total += 1 + count(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    total += count(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread spread) {
                    total += fragment(spread.getName());
                }
                total = Math.min(total, max + 1);
            }
            return total;
        }

        private long fragment(String name) {
            Long known = sizes.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !open.add(name)) {
                return 0; // unknown or cyclic: validation refuses the document
            }
            long size = count(definition.getSelectionSet());
            open.remove(name);
            sizes.put(name, size);
            return size;
        }
    }
}
