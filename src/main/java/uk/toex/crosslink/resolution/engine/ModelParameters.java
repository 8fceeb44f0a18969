package uk.toex.crosslink.resolution.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fellegi-Sunter parameters: per feature and level, m (how often true matches agree at that
 * level) and u (how often non-matches do), and lambda, the chance that two random records match.
 * Held by position for the hot loop, read and written by feature and level name (the stored
 * JSON is {@code {"lambda": .., "extras": ["placeofbirth:text"], "features": {"dob": {"EXACT": {"m": .., "u": ..}, ..}, ..}}}).
 * The deployment's extra comparisons the model was trained with come after the built-in features.
 */
public record ModelParameters(double[][] m, double[][] u, double lambda, List<ExtraComparison> extras) {

    static final double MAX_LEVEL_BITS = 16;

    public ModelParameters {
        extras = extras == null ? List.of() : List.copyOf(extras);
    }

    ModelParameters(double[][] m, double[][] u, double lambda) {
        this(m, u, lambda, List.of());
    }

    /** Sensible starting points ({@code resolution/model-priors.csv}), also the fallback for features too rare to estimate. */
    static ModelParameters priors() {
        return priors(List.of());
    }

    static ModelParameters priors(List<ExtraComparison> extras) {
        return ModelPriors.STANDARD.parameters(FeatureSet.of(extras));
    }

    FeatureSet features() {
        return FeatureSet.of(extras);
    }

    public double m(Feature feature, String level) {
        return m[feature.ordinal()][feature.level(level)];
    }

    public double u(Feature feature, String level) {
        return u[feature.ordinal()][feature.level(level)];
    }

    /** log2(m/u) of a level; missing evidence weighs nothing. */
    double weight(int feature, int level) {
        FeatureSet features = features();
        if (level == features.missing(feature)) {
            return 0;
        }
        double w = Math.log(m[feature][level] / u[feature][level]) / Math.log(2);
        // whatever EM made of odd data, full agreement never counts against and disagreement never for
        if (level == 0) {
            w = Math.max(0, w);
        } else if (level == features.disagreement(feature)) {
            w = Math.min(0, w);
        }
        return Math.max(-MAX_LEVEL_BITS, Math.min(MAX_LEVEL_BITS, w));
    }

    public double weight(Feature feature, String level) {
        return weight(feature.ordinal(), feature.level(level));
    }

    /** The weight of a level of a feature named by label (built-in or {@code extra.<column>}). */
    public double weight(String label, String level) {
        FeatureSet features = features();
        int f = features.index(label);
        return weight(f, features.levels(f).indexOf(level));
    }

    @JsonValue
    Map<String, Object> named() {
        FeatureSet set = features();
        Map<String, Object> features = new LinkedHashMap<>();
        for (int f = 0; f < set.count(); f++) {
            Map<String, Object> levels = new LinkedHashMap<>();
            for (int l = 0; l < set.missing(f); l++) {
                levels.put(set.levels(f).get(l), Map.of("m", m[f][l], "u", u[f][l]));
            }
            features.put(set.label(f), levels);
        }
        return Map.of("lambda", lambda, "extras", extras.stream().map(ExtraComparison::toString).toList(),
                "features", features);
    }

    /** Reads the named form; a model lacking a level (trained by an older engine) is refused, so it is retrained. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    @SuppressWarnings("unchecked")
    static ModelParameters fromNamed(Map<String, Object> json) {
        Object features = json.get("features");
        if (!(features instanceof Map) || !(json.get("lambda") instanceof Number lambda)) {
            throw new IllegalArgumentException("not a model by level name (trained by an older engine)");
        }
        List<ExtraComparison> extras = json.get("extras") instanceof List<?> named
                ? ExtraComparison.parse((List<String>) named) : List.of();
        FeatureSet set = FeatureSet.of(extras);
        double[][] m = new double[set.count()][];
        double[][] u = new double[set.count()][];
        for (int f = 0; f < set.count(); f++) {
            Map<String, Map<String, Number>> levels = (Map<String, Map<String, Number>>) ((Map<String, Object>) features).get(set.label(f));
            m[f] = new double[set.levelCount(f)];
            u[f] = new double[set.levelCount(f)];
            m[f][set.missing(f)] = 1;
            u[f][set.missing(f)] = 1;
            for (int l = 0; l < set.missing(f); l++) {
                Map<String, Number> values = levels == null ? null : levels.get(set.levels(f).get(l));
                if (values == null || values.get("m") == null || values.get("u") == null) {
                    throw new IllegalArgumentException("model lacks level " + set.levels(f).get(l) + " of " + set.label(f));
                }
                m[f][l] = values.get("m").doubleValue();
                u[f][l] = values.get("u").doubleValue();
            }
        }
        return new ModelParameters(m, u, lambda.doubleValue(), extras);
    }
}
