package uk.toex.crosslink.resolution.engine;

import java.util.Map;

/**
 * A trained model as kept in the store: parameters, the term frequencies they were trained with
 * (values held by two or more records), and how many records that was. Incremental runs and
 * later batch runs use it unchanged, so both weigh every pair the same; it is re-estimated when
 * the data has grown past {@link #STALE_GROWTH} times its training size, or on request.
 */
public record ResolutionModel(ModelParameters parameters, Map<String, Map<String, Integer>> frequencies,
                              int trainedOn, String trainedAt) {

    public static final double STALE_GROWTH = 2.0;

    /** The priors alone, for explaining pairs before any model has been trained. */
    public static ResolutionModel untrained() {
        return untrained(java.util.List.of());
    }

    /** The priors alone, comparing these extra columns too. */
    public static ResolutionModel untrained(java.util.List<ExtraComparison> extras) {
        return new ResolutionModel(ModelParameters.priors(extras), Map.of(), 1, null);
    }

    public boolean staleFor(int records) {
        return records > STALE_GROWTH * Math.max(trainedOn, 25);
    }
}
