package uk.toex.crosslink.api;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import uk.toex.crosslink.analytics.NodesByKey;
import uk.toex.crosslink.analytics.groups.DiscoveredGroup;
import uk.toex.crosslink.network.NetworkLink;
import uk.toex.crosslink.analytics.groups.DiscoveredGroups;
import uk.toex.crosslink.analytics.threats.PriorityThreats;
import uk.toex.crosslink.analytics.threats.ThreatEntry;
import uk.toex.crosslink.graph.GraphNode;
import uk.toex.crosslink.graph.Person;

/** Discovered groups and priority threats (docs/ANALYTICS.md): thin, the service computes for the caller's scope. */
@Controller
class DiscoveredGroupController {

    private final DiscoveredGroups groups;
    private final PriorityThreats threats;
    private final NodesByKey nodes;

    DiscoveredGroupController(DiscoveredGroups groups, PriorityThreats threats, NodesByKey nodes) {
        this.groups = groups;
        this.threats = threats;
        this.nodes = nodes;
    }

    @QueryMapping
    List<ThreatEntry> priorityThreats(@Argument String force, @Argument Integer first, GraphQLContext context) {
        return threats.rank(CallerScope.of(context), force, first == null ? 10 : first);
    }

    @BatchMapping(typeName = "ThreatEntry")
    Map<ThreatEntry, GraphNode> ocg(List<ThreatEntry> list, GraphQLContext context) {
        Map<ThreatEntry, List<GraphNode>> found = AnalyticsController.byKeys(list,
                t -> t.ocgKey() == null ? List.of() : List.of(t.ocgKey()), "ocgs", nodes, context);
        Map<ThreatEntry, GraphNode> one = new java.util.LinkedHashMap<>();
        found.forEach((t, nodes) -> {
            if (!nodes.isEmpty()) {
                one.put(t, nodes.get(0));
            }
        });
        return one;
    }

    @QueryMapping
    List<DiscoveredGroup> discoveredGroups(@Argument Boolean unmappedOnly, @Argument List<String> forces,
                                           @Argument Integer first, GraphQLContext context) {
        return groups.list(CallerScope.of(context), Boolean.TRUE.equals(unmappedOnly), forces, first == null ? 20 : first);
    }

    @SchemaMapping(typeName = "DiscoveredGroup")
    List<Person> members(DiscoveredGroup group) {
        return group.memberIds().stream().map(Person::withId).toList();
    }

    @BatchMapping(typeName = "DiscoveredGroup")
    Map<DiscoveredGroup, List<GraphNode>> overlapsOcgs(List<DiscoveredGroup> list, GraphQLContext context) {
        return AnalyticsController.byKeys(list, DiscoveredGroup::ocgKeys, "ocgs", nodes, context);
    }

    @SchemaMapping(typeName = "DiscoveredGroup")
    List<NetworkLink> evidence(DiscoveredGroup group) {
        // the investigation API's edge type, so NetworkEdge has one set of field mappings
        return group.evidence().stream()
                .map(e -> new NetworkLink(e.from(), e.to(), e.kind(), e.explanation(), e.forces())).toList();
    }
}
