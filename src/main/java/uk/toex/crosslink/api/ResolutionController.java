package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.graph.Person;
import uk.toex.crosslink.resolution.engine.MatchDecision.Decision;
import uk.toex.crosslink.resolution.review.DecisionView;
import uk.toex.crosslink.resolution.review.ExplainService;
import uk.toex.crosslink.resolution.review.LinkView;
import uk.toex.crosslink.resolution.review.MatchExplanationView;
import uk.toex.crosslink.resolution.review.ReviewItemView;
import uk.toex.crosslink.resolution.review.ReviewService;

/** GraphQL entry points of resolution: explanations, the review queue, decisions, splits, merges, formation. */
@Controller
class ResolutionController {

    private final ExplainService explain;
    private final ReviewService review;

    ResolutionController(ExplainService explain, ReviewService review) {
        this.explain = explain;
        this.review = review;
    }

    @QueryMapping
    MatchExplanationView explainMatch(@Argument String recordA, @Argument String recordB, GraphQLContext context) {
        return explain.explain(CallerScope.of(context), recordA, recordB);
    }

    @QueryMapping
    List<ReviewItemView> reviewQueue(@Argument Integer first, GraphQLContext context) {
        return review.queue(CallerScope.of(context), first);
    }

    @MutationMapping
    DecisionView decideMatch(@Argument String recordA, @Argument String recordB, @Argument Decision decision,
                             @Argument String reason, GraphQLContext context) {
        return review.decide(CallerScope.of(context), recordA, recordB, decision, reason);
    }

    @MutationMapping
    List<Person> splitPerson(@Argument String person, @Argument List<String> records, @Argument String reason,
                             GraphQLContext context) {
        return review.split(CallerScope.of(context), person, records, reason);
    }

    @MutationMapping
    Person mergePersons(@Argument List<String> persons, @Argument String reason, GraphQLContext context) {
        return review.merge(CallerScope.of(context), persons, reason);
    }

    @SchemaMapping(typeName = "Person", field = "formation")
    List<LinkView> formation(Person person, GraphQLContext context) {
        return review.formation(CallerScope.of(context), person.entityId());
    }
}
