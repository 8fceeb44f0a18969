package uk.toex.crosslink.search;

import java.util.List;
import uk.toex.crosslink.resolution.engine.PairExplanation;

/**
 * One ranked search result (GraphQL {@code PersonMatch}): the resolved person, the probability that
 * its best-agreeing visible record is the person searched for, and resolution's explanation of that
 * comparison (searched value first, the record's value second).
 *
 * @param bits the same score as log-odds, which orders results that are all but certain
 */
public record PersonMatch(String personId, double score, double bits, List<PairExplanation.FeatureWeight> explanation) {
}
