package uk.toex.crosslink.resolution.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The model's starting points and term-frequency bounds, read by feature and level name from
 * {@code resolution/model-priors.csv}. Every level of every feature must have a row, so a new
 * level cannot be added without saying what is expected of it. Extra comparisons take the rows
 * of their kind ({@code extra:text}, ..), held after the built-in features.
 */
final class ModelPriors {

    /** The lambda of an untrained model (explanations before any training); training always estimates its own. */
    private static final double LAMBDA = 0.01;

    /** Built-in features at their ordinals, then one row per kind of extra comparison. */
    private static final int ROWS = Feature.COUNT + ExtraKind.values().length;
    static final ModelPriors STANDARD = read("/resolution/model-priors.csv");

    private final double[][] m = new double[ROWS][];
    private final double[][] u = new double[ROWS][];
    private final double[][] tfUp = new double[ROWS][];
    private final double[][] tfDown = new double[ROWS][];

    private ModelPriors() {
        for (int row = 0; row < ROWS; row++) {
            int levels = levels(row).size();
            m[row] = new double[levels];
            u[row] = new double[levels];
            tfUp[row] = new double[levels];
            tfDown[row] = new double[levels];
        }
    }

    ModelParameters parameters(FeatureSet features) {
        double[][] pm = new double[features.count()][];
        double[][] pu = new double[features.count()][];
        for (int f = 0; f < features.count(); f++) {
            pm[f] = m[row(features, f)];
            pu[f] = u[row(features, f)];
        }
        return new ModelParameters(EmTrainer.normalised(pm), EmTrainer.normalised(pu), LAMBDA, features.extras);
    }

    /** Bits a rare value may add at a level (0: no adjustment at this level). */
    double tfUp(FeatureSet features, int feature, int level) {
        return tfUp[row(features, feature)][level];
    }

    double tfDown(FeatureSet features, int feature, int level) {
        return tfDown[row(features, feature)][level];
    }

    private static int row(FeatureSet features, int feature) {
        return feature < Feature.COUNT ? feature : Feature.COUNT + features.extra(feature).kind().ordinal();
    }

    private static List<String> levels(int row) {
        return row < Feature.COUNT ? Feature.ALL[row].levels() : ExtraKind.values()[row - Feature.COUNT].levels();
    }

    private static String label(int row) {
        return row < Feature.COUNT ? Feature.ALL[row].label()
                : "extra:" + ExtraKind.values()[row - Feature.COUNT].name().toLowerCase(Locale.ROOT);
    }

    private static int row(String label) {
        for (int row = 0; row < ROWS; row++) {
            if (label(row).equals(label)) {
                return row;
            }
        }
        throw new IllegalArgumentException("No feature " + label);
    }

    static ModelPriors read(String resource) {
        ModelPriors priors = new ModelPriors();
        boolean[][] seen = new boolean[ROWS][];
        for (int row = 0; row < ROWS; row++) {
            seen[row] = new boolean[levels(row).size()];
            seen[row][levels(row).size() - 1] = true;
        }
        try (InputStream in = ModelPriors.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            for (CSVRecord row : csv.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int f = row(row.get("feature"));
                int l = levels(f).indexOf(row.get("level"));
                if (l < 0) {
                    throw new IllegalArgumentException(row.get("level") + " is not a level of " + row.get("feature"));
                }
                priors.m[f][l] = Double.parseDouble(row.get("m"));
                priors.u[f][l] = Double.parseDouble(row.get("u"));
                priors.tfUp[f][l] = row.get("tf_up").isBlank() ? 0 : Double.parseDouble(row.get("tf_up"));
                priors.tfDown[f][l] = row.get("tf_down").isBlank() ? 0 : Double.parseDouble(row.get("tf_down"));
                seen[f][l] = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
        for (int row = 0; row < ROWS; row++) {
            for (int l = 0; l < seen[row].length; l++) {
                if (!seen[row][l]) {
                    throw new IllegalStateException(resource + " has no row for " + label(row) + "," + levels(row).get(l));
                }
            }
        }
        return priors;
    }
}
