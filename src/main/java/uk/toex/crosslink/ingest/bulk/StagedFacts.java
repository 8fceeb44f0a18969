package uk.toex.crosslink.ingest.bulk;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.toex.crosslink.ingest.bulk.StagedPersons.Holding;
import uk.toex.crosslink.resolution.service.PersonFacts;

/**
 * A first load's persons with their visibility facts, staged exactly as
 * {@code cypher/fragments/person-facts-refresh.cypher} would leave them: each Person node (with
 * {@code :CrossForce} when two forces or more hold it), a {@code HOLDS_PERSON} edge from each force
 * holding a record of it, a {@code HOLDS_PROTECTED_PERSON} edge from each force holding one handled
 * P, and the mark that the facts are complete, so a first-loaded store needs no catch-up.
 */
final class StagedFacts {

    private final Map<String, Set<String>> held = new HashMap<>();
    private final Map<String, Set<String>> protectedBy = new HashMap<>();

    void add(String personId, Holding holding) {
        Set<String> forces = held.computeIfAbsent(personId, id -> new TreeSet<>());
        Set<String> protectedForces = protectedBy.computeIfAbsent(personId, id -> new TreeSet<>());
        if (holding != null && holding.force() != null) {
            forces.add(holding.force());
            if ("P".equals(holding.handling())) {
                protectedForces.add(holding.force());
            }
        }
    }

    void stage(StagedGraph graph, ZonedDateTime now) {
        held.forEach((id, forces) -> {
            String[] labels = forces.size() >= 2 ? new String[] {"Person", "CrossForce"} : new String[] {"Person"};
            graph.node("Person", id, labels, Map.of("id", id));
            forces.forEach(force -> edge(graph, "HOLDS_PERSON", force, id));
            protectedBy.get(id).forEach(force -> edge(graph, "HOLDS_PROTECTED_PERSON", force, id));
        });
        graph.node("PersonFacts", "current", new String[] {"PersonFacts"},
                Map.of("version", (long) PersonFacts.VERSION, "markedAt", now));
    }

    private static void edge(StagedGraph graph, String type, String force, String personId) {
        graph.shared("Force", force, Map.of("code", force));
        graph.relationship(type, StagedGraph.id("Force", force), StagedGraph.id("Person", personId),
                Map.of("force", force, "person", personId));
    }
}
