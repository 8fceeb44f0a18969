package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One EM training session's choice of pairs: those agreeing on the features it selects on.
 * Those features are left out of the session's estimates, as selecting on them biases them.
 * Phones do not select (they are shared in households and brothels).
 */
record TrainingRule(String name, Predicate<Comparison> selector, List<Feature> selectsOn, List<Feature> fallbackOnly) {

    TrainingRule(String name, Predicate<Comparison> selector, List<Feature> selectsOn) {
        this(name, selector, selectsOn, List.of());
    }

    static final List<TrainingRule> ALL = List.of(
            new TrainingRule("family name and date of birth",
                    c -> agrees(c, Feature.FAMILY_NAME) && c.level(Feature.DOB) <= Feature.DOB.level("PARTIAL"),
                    List.of(Feature.FAMILY_NAME, Feature.DOB), List.of(Feature.GIVEN_NAME)),
            new TrainingRule("email or document",
                    c -> c.level(Feature.EMAIL) == 0 || c.level(Feature.DOCUMENT) == 0,
                    List.of(Feature.EMAIL, Feature.DOCUMENT)),
            // fathers and sons share the full name: their dates would pass for typing errors, so this
            // session speaks for dates of birth only when no other session can
            new TrainingRule("full name",
                    c -> agrees(c, Feature.FAMILY_NAME) && agrees(c, Feature.GIVEN_NAME),
                    List.of(Feature.FAMILY_NAME, Feature.GIVEN_NAME), List.of(Feature.DOB)),
            new TrainingRule("given name and date of birth",
                    c -> agrees(c, Feature.GIVEN_NAME) && c.level(Feature.DOB) == Feature.DOB.level("EXACT"),
                    List.of(Feature.GIVEN_NAME, Feature.DOB)));

    boolean selects(Comparison c) {
        return selector.test(c);
    }

    /** Which of {@code count} features the session estimates: all but those it selects on (extra comparisons never select). */
    boolean[] estimates(int count) {
        boolean[] estimate = new boolean[count];
        Arrays.fill(estimate, true);
        for (Feature f : selectsOn) {
            estimate[f.ordinal()] = false;
        }
        return estimate;
    }

    private static boolean agrees(Comparison c, Feature name) {
        return c.level(name) <= NameLevel.TRANSLITERATED;
    }
}
