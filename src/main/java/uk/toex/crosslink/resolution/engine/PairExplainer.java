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
        Dataset data = new Dataset(model.parameters().extras());
        PersonInput second = a.key().equals(b.key()) ? b.withKey(b.key() + "#2") : b;
        data.addAll(List.of(a, second), 1);
        data.vocabulary.freeze(model.frequencies(), model.trainedOn());
        Comparison c = data.comparison();
        data.comparator().compare(data.record(0), data.record(1), c);
        if (model.frequencies().isEmpty()) {
            java.util.Arrays.fill(c.frequency, 0); // no frequencies known yet: no adjustment
        }
        Scorer scorer = new Scorer(model.parameters());
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
