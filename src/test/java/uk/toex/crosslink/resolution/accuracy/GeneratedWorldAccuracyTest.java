package uk.toex.crosslink.resolution.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.demo.WorldGenerator;
import uk.toex.crosslink.resolution.engine.EngineResult;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;

/**
 * The project's world generator (another team's, with its own ground truth) at a fixed seed:
 * batch folders in the ingest format, resolved by the engine, scored pairwise and B-cubed.
 */
class GeneratedWorldAccuracyTest {

    /** Measured 0.982 (seed 3) when written; the floor leaves a small margin. */
    static final double PAIRWISE_F1_FLOOR = 0.97;

    @Test
    void resolvesAGeneratedMultiForceWorldAboveTheAccuracyFloor(@TempDir Path dir) throws Exception {
        Path world = dir.resolve("world");
        new WorldGenerator().generate(world, 4000, 3L);
        var records = BatchFolders.read(world);
        EngineResult result = new ResolutionEngine(EngineSettings.defaults()).run(records, List.of(), null,
                ProgressListener.silent()).result();
        Map<String, String> predicted = new HashMap<>();
        for (int i = 0; i < result.keys().size(); i++) {
            predicted.put(result.keys().get(i), result.clusterOf()[i]);
        }
        AccuracyReport report = AccuracyReport.of(EntityCsv.read(world.resolve("ground-truth.csv")), predicted);
        System.out.println("generated world accuracy: " + report);
        assertThat(report.records()).isEqualTo(4000);
        assertThat(report.pairwiseF1()).isGreaterThan(PAIRWISE_F1_FLOOR);
        assertThat(report.bcubedF1()).isGreaterThan(PAIRWISE_F1_FLOOR);
    }
}
