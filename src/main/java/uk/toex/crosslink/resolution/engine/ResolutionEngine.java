package uk.toex.crosslink.resolution.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Entity resolution in memory, no store: prepare, block, (train), score, cluster. The returned
 * {@link EngineState} holds the result and can place further records incrementally.
 */
public final class ResolutionEngine {

    private final EngineSettings settings;

    public ResolutionEngine(EngineSettings settings) {
        this.settings = settings;
    }

    /**
     * @param model the model to use, or null to train one on these records; a given model compares
     *              the extra columns it was trained with, a new one those of the settings
     */
    public EngineState run(List<PersonInput> inputs, List<MatchDecision> decisions, ResolutionModel model,
                           ProgressListener progress) {
        long[] millis = new long[5];
        long t0 = System.currentTimeMillis();
        progress.stage("preparing", inputs.size() + " records");
        Dataset data = Dataset.prepare(inputs, settings.threads(),
                model != null ? model.parameters().extras() : settings.extras());
        long t1 = System.currentTimeMillis();
        progress.stage("blocking", data.size() + " records");
        BlockIndex index = BlockIndex.build(keys(data), settings.blockCap(), data.blockOrder());
        long t2 = System.currentTimeMillis();
        if (model == null) {
            progress.stage("training", "estimating m by EM, u from random pairs");
            data.vocabulary.freeze(data.vocabulary.frequencySnapshot(), data.size());
            model = new ResolutionModel(new ModelTrainer(data, index).train(), data.vocabulary.frequencySnapshot(),
                    data.size(), Instant.now().toString());
        } else {
            data.vocabulary.freeze(model.frequencies(), model.trainedOn());
        }
        long t3 = System.currentTimeMillis();
        progress.stage("scoring", "up to " + index.pairsUpperBound + " candidate pairs");
        Scorer scorer = new Scorer(model.parameters());
        ScoringPass pass = ScoringPass.run(data, index, scorer, settings);
        long t4 = System.currentTimeMillis();
        progress.stage("clustering", pass.links.size + " links");
        Constraints constraints = Constraints.of(decisions, data);
        PairList merges = new PairList();
        int[] root = ComponentClustering.run(data.size(), pass.links, constraints,
                new Clusterer(data, scorer, constraints, settings), settings.threads(), merges);
        long t5 = System.currentTimeMillis();
        millis[0] = t1 - t0;
        millis[1] = t2 - t1;
        millis[2] = t3 - t2;
        millis[3] = t4 - t3;
        millis[4] = t5 - t4;
        EngineState state = new EngineState(settings, data, index, model, scorer, constraints, root, pass.links);
        long pairs = (long) data.size() * (data.size() - 1) / 2;
        EngineResult.RunStats stats = new EngineResult.RunStats(data.size(), pass.compared,
                pairs == 0 ? 1 : 1 - pass.compared / (double) pairs, index.oversizedBlocks,
                state.clusterCount(), millis);
        state.publish(merges, reviewPairs(data, pass), stats);
        return state;
    }

    private List<long[]> keys(Dataset data) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, settings.threads()));
        try {
            return pool.submit(() -> java.util.stream.IntStream.range(0, data.size()).parallel()
                    .mapToObj(i -> BlockingKeys.of(data.record(i), data.vocabulary)).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while blocking", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Blocking failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static List<EngineResult.ScoredPair> reviewPairs(Dataset data, ScoringPass pass) {
        List<EngineResult.ScoredPair> out = new ArrayList<>();
        for (int i = 0; i < pass.review.size; i++) {
            out.add(new EngineResult.ScoredPair(data.record(pass.review.a[i]).key, data.record(pass.review.b[i]).key,
                    Scorer.probability(pass.review.bits[i]), false));
        }
        for (int i = 0; i < pass.contradictions.size; i++) {
            out.add(new EngineResult.ScoredPair(data.record(pass.contradictions.a[i]).key,
                    data.record(pass.contradictions.b[i]).key, Scorer.probability(pass.contradictions.bits[i]), true));
        }
        return out;
    }
}
