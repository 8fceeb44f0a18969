package uk.toex.crosslink.security.audit;

import graphql.GraphQLContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ids of the nodes a GraphQL request served, collected while it executes (whatever fields it
 * selected: a person's name read without its {@code id} is disclosed all the same), for the
 * request's audit event.
 */
public final class DisclosedIds {

    private static final String KEY = DisclosedIds.class.getName();

    private DisclosedIds() {
    }

    public static void add(GraphQLContext context, String id) {
        context.<Set<String>>computeIfAbsent(KEY, k -> ConcurrentHashMap.newKeySet()).add(id);
    }

    static Set<String> of(GraphQLContext context) {
        Set<String> ids = context == null ? null : context.get(KEY);
        return ids == null ? Set.of() : ids;
    }
}
