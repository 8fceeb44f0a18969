package uk.toex.crosslink.ingest.bulk;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.resolution.engine.EngineResult;
import uk.toex.crosslink.resolution.engine.EngineResult.ScoredPair;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.EngineState;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;
import uk.toex.crosslink.resolution.engine.ResolutionModel;
import uk.toex.crosslink.resolution.service.ModelStore;
import uk.toex.crosslink.resolution.service.PersonIds;

/**
 * Resolves a first load's person records before they are imported, and stages the resolved
 * layer as {@code resolve} would leave it after the same records were ingested one by one: each
 * record's {@code Person} (ids chosen by {@link PersonIds} from the ids ingest gives new records),
 * the links that formed each person, open review items and the trained model.
 */
final class BulkResolution {

    private BulkResolution() {
    }

    /** @return the number of persons */
    static int resolve(StagedPersons persons, StagedGraph graph, ZonedDateTime now, ProgressListener progress) {
        EngineState state = new ResolutionEngine(EngineSettings.defaults()).run(persons.inputs(), List.of(), null, progress);
        EngineResult result = state.result();
        progress.stage("writing", result.keys().size() + " records to the import");
        Map<String, String> clusterOf = new HashMap<>(result.keys().size() * 2);
        for (int i = 0; i < result.keys().size(); i++) {
            clusterOf.put(result.keys().get(i), result.clusterOf()[i]);
        }
        Map<String, String> initialIds = persons.initialIds();
        Map<String, String> ids = PersonIds.assign(clusterOf, initialIds);
        StagedFacts facts = new StagedFacts();
        for (int i = 0; i < result.keys().size(); i++) {
            String key = result.keys().get(i);
            String id = ids.get(key);
            boolean kept = id.equals(initialIds.get(key));
            facts.add(id, persons.holding(key));
            graph.relationship("RESOLVES_TO", StagedGraph.id("PersonRecord", key), StagedGraph.id("Person", id),
                    Map.of("score", kept ? 1.0 : result.linkProbability()[i],
                            "resolvedAt", kept ? persons.arrivedAt(key) : now));
        }
        facts.stage(graph, now);
        for (ScoredPair link : result.formingLinks()) {
            graph.relationship("RESOLUTION_LINK", StagedGraph.id("PersonRecord", link.recordA()),
                    StagedGraph.id("PersonRecord", link.recordB()),
                    Map.of("probability", link.probability(), "resolvedAt", now));
        }
        reviewItems(result.reviewPairs(), graph, now);
        model(state.model(), graph);
        return (int) ids.values().stream().distinct().count();
    }

    private static void reviewItems(List<ScoredPair> pairs, StagedGraph graph, ZonedDateTime now) {
        for (ScoredPair pair : pairs) {
            boolean inOrder = pair.recordA().compareTo(pair.recordB()) < 0;
            String a = inOrder ? pair.recordA() : pair.recordB();
            String b = inOrder ? pair.recordB() : pair.recordA();
            Map<String, Object> item = new HashMap<>();
            item.put("id", a + "|" + b);
            item.put("recordA", a);
            item.put("recordB", b);
            item.put("probability", pair.probability());
            item.put("contradiction", pair.contradiction());
            item.put("updatedAt", now);
            graph.shared("ReviewItem", a + "|" + b, item);
        }
    }

    private static void model(ResolutionModel model, StagedGraph graph) {
        Map<String, Object> node = new HashMap<>();
        node.put("id", "current");
        node.put("json", ModelStore.json(model));
        node.put("trainedOn", (long) model.trainedOn());
        node.put("trainedAt", ZonedDateTime.parse(model.trainedAt()));
        node.put("trainedAtText", model.trainedAt());
        graph.node("ResolutionModel", "current", new String[] {"ResolutionModel"}, node);
    }
}
