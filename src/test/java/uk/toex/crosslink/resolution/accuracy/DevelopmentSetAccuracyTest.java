package uk.toex.crosslink.resolution.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.toex.crosslink.resolution.engine.EngineResult;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.ProgressListener;
import uk.toex.crosslink.resolution.engine.ResolutionEngine;

/**
 * Accuracy floors on the public labelled development sets (data no project generator made), at
 * default settings and with a model trained on each set alone. The sets live outside the
 * repository in {@code shared/er-dev} beside it (or beside one of its parent folders); the test
 * fails, naming where it looked, when they are absent.
 */
class DevelopmentSetAccuracyTest {

    @ParameterizedTest(name = "{0}: precision >= {1}, pairwise F1 >= {2}")
    @CsvSource({"febrl1,0.98,0.99", "febrl2,0.98,0.99", "splink_fake20k,0.98,0.895"})
    void resolvesPublicDevelopmentSetsAboveTheirFloors(String set, double precision, double f1) throws IOException {
        Path folder = devSets().resolve(set);
        Map<String, String> truth = EntityCsv.read(folder.resolve("truth.csv"));
        EngineResult result = new ResolutionEngine(EngineSettings.defaults())
                .run(BatchFolders.read(folder), List.of(), null, ProgressListener.silent()).result();
        Map<String, String> predicted = new HashMap<>();
        for (int i = 0; i < result.keys().size(); i++) {
            predicted.put(result.keys().get(i), result.clusterOf()[i]);
        }
        AccuracyReport report = AccuracyReport.of(truth, predicted);
        System.out.println(set + ": " + report);
        assertThat(report.pairwisePrecision()).as(set + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(report.pairwiseF1()).as(set + " pairwise F1").isGreaterThanOrEqualTo(f1);
    }

    /** {@code ../shared/er-dev} from the repository, or from the nearest parent that has it (a git worktree sits deeper). */
    static Path devSets() {
        Path repo = Path.of("").toAbsolutePath();
        for (Path dir = repo.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/er-dev");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The development sets are missing: no shared/er-dev beside " + repo
                + " or any of its parent folders (expected ../shared/er-dev with febrl1, febrl2, splink_fake20k)");
    }
}
