package uk.toex.crosslink.resolution.review;

import uk.toex.crosslink.graph.PersonRecord;

/** The GraphQL {@code ResolutionLink}. */
public record LinkView(PersonRecord recordA, PersonRecord recordB, double probability) {
}
