package uk.toex.crosslink.resolution.review;

import java.util.List;
import uk.toex.crosslink.graph.PersonRecord;
import uk.toex.crosslink.resolution.engine.PairExplanation;

/** The GraphQL {@code MatchExplanation}. */
public record MatchExplanationView(PersonRecord recordA, PersonRecord recordB, double score, boolean sameEntity,
                                   List<PairExplanation.FeatureWeight> features) {
}
