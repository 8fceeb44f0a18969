package uk.toex.crosslink.security.hardening;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;

/**
 * A field costs 1 plus its selection; a field with {@code first}/{@code last} fetches that many
 * items, so its selection counts that many times. A page argument left out counts as the page
 * the service then serves ({@link #DEFAULT_PAGE}), not as one item.
 */
final class PageSizeComplexity implements FieldComplexityCalculator {

    /** The page size lists serve when {@code first} is left out ({@code graph.PageRequest.DEFAULT_SIZE}). */
    static final int DEFAULT_PAGE = 20;

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long items = Math.max(pageSize(environment, "first"), pageSize(environment, "last"));
        long cost = 1 + (long) childComplexity * Math.max(1, items);
        return (int) Math.min(cost, Integer.MAX_VALUE / 2);
    }

    private static long pageSize(FieldComplexityEnvironment environment, String argument) {
        if (environment.getArguments().get(argument) instanceof Number n) {
            return n.longValue();
        }
        return environment.getFieldDefinition().getArgument(argument) != null ? DEFAULT_PAGE : 1;
    }
}
