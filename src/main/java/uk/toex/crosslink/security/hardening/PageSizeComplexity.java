package uk.toex.crosslink.security.hardening;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a field costs (docs/SECURITY.md, "Query cost"): 1, plus its selection once per item it can
 * return. A field that is not a list returns one item. A list returns: its own {@code first} page;
 * else, for a connection's {@code edges} (a list under a field that takes {@code first}), the
 * connection's page; else the estimate in {@link UnpagedListSizes}. A page is the argument as sent,
 * or the schema's default when it is left out or null, which is the page the service serves: a
 * document costs the same whether it writes the default or not. Lists of introspection types count
 * one item (the schema bounds them, not the data).
 */
final class PageSizeComplexity implements FieldComplexityCalculator {

    /** Sums of capped costs cannot overflow an int. */
    private static final long CAP = Integer.MAX_VALUE / 4;

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long cost = 1 + (long) childComplexity * items(environment);
        return (int) Math.min(cost, CAP);
    }

    /** How many items the field can return, as the cost counts them. */
    static long items(FieldComplexityEnvironment environment) {
        if (!returnsList(environment.getFieldDefinition()) || environment.getParentType().getName().startsWith("__")) {
            return 1;
        }
        Long page = PageArgument.size(environment);
        if (page != null) {
            return page;
        }
        FieldComplexityEnvironment parent = environment.getParentEnvironment();
        if (parent != null && !returnsList(parent.getFieldDefinition())) {
            Long connectionPage = PageArgument.size(parent);
            if (connectionPage != null) {
                return connectionPage;
            }
        }
        return UnpagedListSizes.estimate(environment);
    }

    private static boolean returnsList(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList;
    }
}
