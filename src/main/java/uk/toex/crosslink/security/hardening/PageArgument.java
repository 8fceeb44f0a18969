package uk.toex.crosslink.security.hardening;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.language.IntValue;
import graphql.schema.GraphQLArgument;
import graphql.schema.InputValueWithState;

/**
 * The page a field serves: its {@code first} argument as sent, or, left out or null, the default
 * the schema declares for it (the controllers serve that default). Null when the field takes no
 * {@code first}, or when its {@code first} declares no default: such a list serves every item when
 * left unpaged (an advert cluster's members), and {@link UnpagedListSizes} prices it like any other
 * unpaged list (QueryCostTest keeps every such field named there).
 */
final class PageArgument {

    private static final String FIRST = "first";

    /** The most items any page serves ({@code graph.PageRequest.MAX_SIZE}). */
    private static final long MOST = 100;

    private PageArgument() {
    }

    static Long size(FieldComplexityEnvironment environment) {
        GraphQLArgument argument = environment.getFieldDefinition().getArgument(FIRST);
        if (argument == null) {
            return null;
        }
        if (environment.getArguments().get(FIRST) instanceof Number sent) {
            return Math.max(0, sent.longValue());
        }
        if (!argument.hasSetDefaultValue()) {
            return null;
        }
        return declaredDefault(argument);
    }

    /** The schema's default, as SDL declares it (a literal) or as code would (a value). */
    static Long declaredDefault(GraphQLArgument argument) {
        InputValueWithState value = argument.getArgumentDefaultValue();
        if (value.getValue() instanceof IntValue literal) {
            return literal.getValue().longValue();
        }
        if (value.getValue() instanceof Number number) {
            return number.longValue();
        }
        return MOST; // no default declared (QueryCostTest keeps this from happening): count the most
    }
}
