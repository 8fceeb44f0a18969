package uk.toex.crosslink.resolution.review;

import java.time.OffsetDateTime;
import uk.toex.crosslink.graph.PersonRecord;

/** The GraphQL {@code MatchDecision}. */
public record DecisionView(String id, PersonRecord recordA, PersonRecord recordB, String decision, String reason,
                           String decidedBy, OffsetDateTime decidedAt) {
}
