package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Why two records are, or are not, one person under a model: the prior, then each feature's two
 * values, its comparison level and its weight in bits (term-frequency adjustment included), so
 * the weights add up to the pair's log-odds like a waterfall. Contradictions that forbid a link
 * are named.
 */
public final class PairExplainer {

    private PairExplainer() {
    }

    public static PairExplanation explain(PersonInput a, PersonInput b, ResolutionModel model) {
        return explainEach(a, List.of(b), model).get(0);
    }

    /**
     * {@code a} compared with each of {@code others} (keys distinct), in their order: what a search
     * does with its candidates. One vocabulary holds them all, so {@code a} is normalised once,
     * not once per pair; the model's frozen frequencies make each comparison the same as alone.
     */
    public static List<PairExplanation> explainEach(PersonInput a, List<PersonInput> others, ResolutionModel model) {
        Dataset data = new Dataset(model.parameters().extras());
        List<PersonInput> records = new ArrayList<>(others.size() + 1);
        records.add(a.withKey(a.key() + "#query")); // never the key of a record compared with it
        records.addAll(others);
        int[] numbers = data.addAll(records, 1);
        data.vocabulary.freeze(model.frequencies(), model.trainedOn());
        Scorer scorer = new Scorer(model.parameters());
        Comparison c = data.comparison(); // one for all pairs: its memo of name levels holds across them
        List<PairExplanation> explained = new ArrayList<>(others.size());
        for (int i = 0; i < others.size(); i++) {
            data.comparator().compare(data.record(numbers[0]), data.record(numbers[i + 1]), c);
            explained.add(explanation(data, a, others.get(i), c, scorer, model));
        }
        return explained;
    }

    private static PairExplanation explanation(Dataset data, PersonInput a, PersonInput b, Comparison c, Scorer scorer,
                                               ResolutionModel model) {
        if (model.frequencies().isEmpty()) {
            java.util.Arrays.fill(c.frequency, 0); // no frequencies known yet: no adjustment
        }
        List<PairExplanation.FeatureWeight> features = new ArrayList<>();
        features.add(new PairExplanation.FeatureWeight("prior", null, null, "PRIOR", scorer.prior));
        for (Feature f : Feature.ALL) {
            features.add(new PairExplanation.FeatureWeight(f.label(), value(a, f), value(b, f),
                    f.levels().get(c.level(f)), scorer.featureWeight(c, f.ordinal())));
        }
        for (int f = Feature.COUNT; f < data.features.count(); f++) {
            ExtraComparison extra = data.features.extra(f);
            features.add(new PairExplanation.FeatureWeight(extra.label(), a.extra(extra.column()), b.extra(extra.column()),
                    data.features.levels(f).get(c.level[f]), scorer.featureWeight(c, f)));
        }
        String contradiction = contradiction(c);
        if (contradiction != null) {
            features.add(new PairExplanation.FeatureWeight("contradiction", null, null, contradiction, 0));
        }
        double bits = scorer.score(c);
        return new PairExplanation(Scorer.probability(bits), bits, contradiction, features);
    }

    static String contradiction(Comparison c) {
        if (!Scorer.veto(c)) {
            return null;
        }
        return c.level(Feature.DOB) == Feature.DOB.disagreement() ? "DOB_YEARS_APART" : "GIVEN_NAMES_DIFFER";
    }

    private static String value(PersonInput r, Feature f) {
        return switch (f) {
            case FAMILY_NAME -> r.familyName();
            case GIVEN_NAME -> r.givenNames();
            case DOB -> r.dob();
            case PHONE -> joined(r.phones());
            case EMAIL -> joined(r.emails());
            case DOCUMENT -> joined(r.idDocuments());
            case ADDRESS -> r.address() == null && r.postcode() == null ? null
                    : String.join(", ", java.util.stream.Stream.of(r.address(), r.postcode()).filter(v -> v != null).toList());
            case GENDER -> r.gender();
            case NATIONALITY -> r.nationality();
        };
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(" | ", values);
    }
}
