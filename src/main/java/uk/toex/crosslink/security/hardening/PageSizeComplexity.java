package uk.toex.crosslink.security.hardening;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;

/**
 * A field costs 1 plus its selection; a field with {@code first}/{@code last} fetches that many
 * items, so its selection counts that many times. A page argument left out counts as one item:
 * counting it as the default page (20) refused everyday two-level reads that the front ends and
 * tests send (a page of adverts with their persons), so that stays an open item (docs/SECURITY.md).
 */
final class PageSizeComplexity implements FieldComplexityCalculator {

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long items = Math.max(pageSize(environment, "first"), pageSize(environment, "last"));
        long cost = 1 + (long) childComplexity * Math.max(1, items);
        return (int) Math.min(cost, Integer.MAX_VALUE / 2);
    }

    private static long pageSize(FieldComplexityEnvironment environment, String argument) {
        return environment.getArguments().get(argument) instanceof Number n ? n.longValue() : 1;
    }
}
