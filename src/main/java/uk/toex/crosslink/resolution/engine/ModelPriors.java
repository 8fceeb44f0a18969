package uk.toex.crosslink.resolution.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The model's starting points and term-frequency bounds, read by feature and level name from
 * {@code resolution/model-priors.csv}. Every level of every feature must have a row, so a new
 * level cannot be added without saying what is expected of it.
 */
final class ModelPriors {

    static final ModelPriors STANDARD = read("/resolution/model-priors.csv");
    /** The lambda of an untrained model (explanations before any training); training always estimates its own. */
    private static final double LAMBDA = 0.01;

    private final double[][] m = new double[Feature.COUNT][];
    private final double[][] u = new double[Feature.COUNT][];
    private final double[][] tfUp = new double[Feature.COUNT][];
    private final double[][] tfDown = new double[Feature.COUNT][];

    private ModelPriors() {
        for (Feature f : Feature.ALL) {
            m[f.ordinal()] = new double[f.levelCount()];
            u[f.ordinal()] = new double[f.levelCount()];
            tfUp[f.ordinal()] = new double[f.levelCount()];
            tfDown[f.ordinal()] = new double[f.levelCount()];
        }
    }

    ModelParameters parameters() {
        return new ModelParameters(EmTrainer.normalised(m), EmTrainer.normalised(u), LAMBDA);
    }

    /** Bits a rare value may add at a level (0: no adjustment at this level). */
    double tfUp(int feature, int level) {
        return tfUp[feature][level];
    }

    double tfDown(int feature, int level) {
        return tfDown[feature][level];
    }

    static ModelPriors read(String resource) {
        ModelPriors priors = new ModelPriors();
        boolean[][] seen = new boolean[Feature.COUNT][];
        for (Feature f : Feature.ALL) {
            seen[f.ordinal()] = new boolean[f.levelCount()];
            seen[f.ordinal()][f.missing()] = true;
        }
        try (InputStream in = ModelPriors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            for (CSVRecord row : csv.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Feature f = Feature.byLabel(row.get("feature"));
                int l = f.level(row.get("level"));
                priors.m[f.ordinal()][l] = Double.parseDouble(row.get("m"));
                priors.u[f.ordinal()][l] = Double.parseDouble(row.get("u"));
                priors.tfUp[f.ordinal()][l] = row.get("tf_up").isBlank() ? 0 : Double.parseDouble(row.get("tf_up"));
                priors.tfDown[f.ordinal()][l] = row.get("tf_down").isBlank() ? 0 : Double.parseDouble(row.get("tf_down"));
                seen[f.ordinal()][l] = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
        for (Feature f : Feature.ALL) {
            for (int l = 0; l < f.levelCount(); l++) {
                if (!seen[f.ordinal()][l]) {
                    throw new IllegalStateException(resource + " has no row for " + f.label() + "," + f.levels().get(l));
                }
            }
        }
        return priors;
    }
}
