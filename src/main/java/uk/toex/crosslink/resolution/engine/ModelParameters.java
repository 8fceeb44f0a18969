package uk.toex.crosslink.resolution.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fellegi-Sunter parameters: per feature and level, m (how often true matches agree at that
 * level) and u (how often non-matches do), and lambda, the chance that two random records match.
 * Held by position for the hot loop, read and written by feature and level name (the stored
 * JSON is {@code {"lambda": .., "features": {"dob": {"EXACT": {"m": .., "u": ..}, ..}, ..}}}).
 */
public record ModelParameters(double[][] m, double[][] u, double lambda) {

    static final double MAX_LEVEL_BITS = 16;

    /** Sensible starting points ({@code resolution/model-priors.csv}), also the fallback for features too rare to estimate. */
    static ModelParameters priors() {
        return ModelPriors.STANDARD.parameters();
    }

    public double m(Feature feature, String level) {
        return m[feature.ordinal()][feature.level(level)];
    }

    public double u(Feature feature, String level) {
        return u[feature.ordinal()][feature.level(level)];
    }

    /** log2(m/u) of a level; missing evidence weighs nothing. */
    double weight(int feature, int level) {
        Feature f = Feature.ALL[feature];
        if (level == f.missing()) {
            return 0;
        }
        double w = Math.log(m[feature][level] / u[feature][level]) / Math.log(2);
        // whatever EM made of odd data, full agreement never counts against and disagreement never for
        if (level == 0) {
            w = Math.max(0, w);
        } else if (level == f.disagreement()) {
            w = Math.min(0, w);
        }
        return Math.max(-MAX_LEVEL_BITS, Math.min(MAX_LEVEL_BITS, w));
    }

    public double weight(Feature feature, String level) {
        return weight(feature.ordinal(), feature.level(level));
    }

    @JsonValue
    Map<String, Object> named() {
        Map<String, Object> features = new LinkedHashMap<>();
        for (Feature f : Feature.ALL) {
            Map<String, Object> levels = new LinkedHashMap<>();
            for (int l = 0; l < f.missing(); l++) {
                levels.put(f.levels().get(l), Map.of("m", m[f.ordinal()][l], "u", u[f.ordinal()][l]));
            }
            features.put(f.label(), levels);
        }
        return Map.of("lambda", lambda, "features", features);
    }

    /** Reads the named form; a model lacking a level (trained by an older engine) is refused, so it is retrained. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    @SuppressWarnings("unchecked")
    static ModelParameters fromNamed(Map<String, Object> json) {
        Object features = json.get("features");
        if (!(features instanceof Map) || !(json.get("lambda") instanceof Number lambda)) {
            throw new IllegalArgumentException("not a model by level name (trained by an older engine)");
        }
        double[][] m = new double[Feature.COUNT][];
        double[][] u = new double[Feature.COUNT][];
        for (Feature f : Feature.ALL) {
            Map<String, Map<String, Number>> levels = (Map<String, Map<String, Number>>) ((Map<String, Object>) features).get(f.label());
            m[f.ordinal()] = new double[f.levelCount()];
            u[f.ordinal()] = new double[f.levelCount()];
            m[f.ordinal()][f.missing()] = 1;
            u[f.ordinal()][f.missing()] = 1;
            for (int l = 0; l < f.missing(); l++) {
                Map<String, Number> values = levels == null ? null : levels.get(f.levels().get(l));
                if (values == null || values.get("m") == null || values.get("u") == null) {
                    throw new IllegalArgumentException("model lacks level " + f.levels().get(l) + " of " + f.label());
                }
                m[f.ordinal()][l] = values.get("m").doubleValue();
                u[f.ordinal()][l] = values.get("u").doubleValue();
            }
        }
        return new ModelParameters(m, u, lambda.doubleValue());
    }
}
