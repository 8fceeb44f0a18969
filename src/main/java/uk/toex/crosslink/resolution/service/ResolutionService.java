package uk.toex.crosslink.resolution.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.toex.crosslink.resolution.engine.EngineResult;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.EngineState;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.engine.Placement;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;
import uk.toex.crosslink.resolution.engine.ResolutionModel;

/**
 * Resolution against the store: a full run over every person record ({@link #resolveAll}) and
 * placement of new or changed records on arrival ({@link #place}). Both use the stored model and
 * the same engine, so they end in the same clusters. One run at a time.
 */
@Service
public class ResolutionService {

    private static final Logger log = LoggerFactory.getLogger(ResolutionService.class);

    private final RecordReader reader;
    private final ModelStore models;
    private final DecisionStore decisions;
    private final ResolutionWriter writer;
    private final FullRunSync sync;
    private final EngineSettings settings;
    private EngineState state;

    public ResolutionService(RecordReader reader, ModelStore models, DecisionStore decisions, ResolutionWriter writer,
                             FullRunSync sync, ResolutionProperties properties) {
        this.settings = properties.engineSettings();
        this.sync = sync;
        this.reader = reader;
        this.models = models;
        this.decisions = decisions;
        this.writer = writer;
    }

    /**
     * Resolves every person record, respecting review decisions.
     *
     * @param retrain re-estimate the model even if the stored one is still fresh
     */
    public synchronized RunSummary resolveAll(boolean retrain, ProgressListener progress) {
        progress.stage("loading", "person records from the store");
        // read first: a record marked after this is read below too, or placed by its own batch's event
        List<String> unplaced = reader.unplaced();
        List<PersonInput> inputs = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        reader.all(r -> {
            inputs.add(r.input());
            if (r.personId() != null) {
                current.put(r.input().key(), r.personId());
            }
        });
        // a model trained with other extra comparisons than configured now is retrained
        ResolutionModel model = retrain ? null : models.load().filter(m -> !m.staleFor(inputs.size()))
                .filter(m -> m.parameters().extras().equals(settings.extras())).orElse(null);
        state = new ResolutionEngine(settings).run(inputs, decisions.all(), model, progress);
        if (model == null) {
            models.save(state.model());
        }
        EngineResult result = state.result();
        progress.stage("writing", result.keys().size() + " records");
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, Double> score = new HashMap<>();
        for (int i = 0; i < result.keys().size(); i++) {
            clusterOf.put(result.keys().get(i), result.clusterOf()[i]);
            score.put(result.keys().get(i), result.linkProbability()[i]);
        }
        int moved = writer.assign(PersonIds.assign(clusterOf, current), current, score);
        progress.stage("writing", moved + " records moved; links that formed persons");
        int links = sync.links(result.formingLinks());
        progress.stage("writing", result.formingLinks().size() + " links (" + links + " changed); review items");
        sync.reviewItems(result.reviewPairs());
        writer.markPlaced(unplaced);
        EngineResult.RunStats stats = result.stats();
        log.info("Resolved {} records into {} persons ({} moved, {} pairs compared)", stats.records(), stats.clusters(),
                moved, stats.pairsCompared());
        return new RunSummary(stats.records(), stats.clusters(), moved, stats.pairsCompared(), stats.reductionRatio(),
                result.reviewPairs().size(), model == null);
    }

    /**
     * Places new or changed records ({@code FORCE/SYSTEM/RECORD_ID} keys) among the existing persons,
     * with every record ingest marked for placement that no placement completed (a process that
     * died between a batch's commit and its placement): so the next batch, even one whose rows are
     * all unchanged, finishes the placement the dead process left undone. The marks go last, once
     * everything the placement writes is written.
     */
    public synchronized void place(List<String> arrived) {
        List<String> keys = java.util.stream.Stream.concat(arrived.stream(), reader.unplaced().stream())
                .distinct().toList();
        if (keys.isEmpty()) {
            return;
        }
        long unknown = keys.stream().distinct().filter(k -> state == null || state.clusterOf(k) == null).count();
        if (state == null || state.model().staleFor(state.size() + (int) unknown)
                || reader.count() != state.size() + unknown) {
            // first use, a model outgrown by the data, or a store changed behind this process's back
            resolveAll(false, ProgressListener.silent());
            return;
        }
        List<PersonInput> inputs = reader.byKeys(keys).stream().map(StoredRecord::input).toList();
        Placement placement = state.place(inputs, decisions.all());
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, Double> score = new HashMap<>();
        for (Placement.Placed placed : placement.placed()) {
            clusterOf.put(placed.key(), placed.cluster());
            score.put(placed.key(), placed.linkProbability());
        }
        List<String> affected = new ArrayList<>(clusterOf.keySet());
        Map<String, String> current = reader.personIds(affected);
        writer.assign(PersonIds.assign(clusterOf, current), current, score);
        writer.replaceLinks(affected, placement.formingLinks());
        writer.writeReviewItems(placement.reviewPairs());
        writer.markPlaced(keys);
    }

    /** Places whatever a dead process left unplaced; nothing when nothing is waiting. */
    public void placeUnplaced() {
        place(List.of());
    }

    /** Forgets the in-memory state (the next placement reloads it from the store). */
    public synchronized void reset() {
        state = null;
    }
}
