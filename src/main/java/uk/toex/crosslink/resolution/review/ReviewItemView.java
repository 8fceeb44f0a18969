package uk.toex.crosslink.resolution.review;

import uk.toex.crosslink.graph.PersonRecord;

/** The GraphQL {@code ReviewItem}. */
public record ReviewItemView(String id, PersonRecord recordA, PersonRecord recordB, double score, boolean contradiction) {
}
