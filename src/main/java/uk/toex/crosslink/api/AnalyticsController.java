package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.analytics.NodesByKey;
import uk.toex.crosslink.analytics.profile.ForceProfileKind;
import uk.toex.crosslink.analytics.profile.ForceProfileService;
import uk.toex.crosslink.analytics.profile.ProfileEntry;
import uk.toex.crosslink.analytics.profile.ProfileSubject;
import uk.toex.crosslink.graph.GraphNode;

/** Force profiles (docs/ANALYTICS.md): thin, the service computes for the caller's scope. */
@Controller
class AnalyticsController {

    private final ForceProfileService profiles;
    private final NodesByKey nodes;

    AnalyticsController(ForceProfileService profiles, NodesByKey nodes) {
        this.profiles = profiles;
        this.nodes = nodes;
    }

    @QueryMapping
    List<ProfileEntry> forceProfile(@Argument String force, @Argument ForceProfileKind profile,
                                    @Argument ProfileSubject subject, @Argument Integer first, GraphQLContext context) {
        return profiles.profile(CallerScope.of(context), force, profile,
                subject == null ? ProfileSubject.OFFENDER : subject, first == null ? 10 : first);
    }

    @BatchMapping
    Map<ProfileEntry, List<GraphNode>> offences(List<ProfileEntry> entries, GraphQLContext context) {
        return byKeys(entries, ProfileEntry::offenceKeys, "offences", context);
    }

    @BatchMapping
    Map<ProfileEntry, List<GraphNode>> records(List<ProfileEntry> entries, GraphQLContext context) {
        return byKeys(entries, ProfileEntry::recordKeys, "records", context);
    }

    /** Nodes of many parents in one query; keys the caller may not see are left out. */
    static <T> Map<T, List<GraphNode>> byKeys(List<T> parents, Function<T, Collection<String>> keys, String kind,
                                             NodesByKey nodes, GraphQLContext context) {
        Map<String, GraphNode> found = nodes.read(CallerScope.of(context), kind,
                parents.stream().flatMap(p -> keys.apply(p).stream()).distinct().toList());
        Map<T, List<GraphNode>> out = new LinkedHashMap<>();
        parents.forEach(p -> out.put(p, keys.apply(p).stream().map(found::get).filter(Objects::nonNull).toList()));
        return out;
    }

    private <T> Map<T, List<GraphNode>> byKeys(List<T> parents, Function<T, Collection<String>> keys, String kind,
                                              GraphQLContext context) {
        return byKeys(parents, keys, kind, nodes, context);
    }
}
