package uk.toex.crosslink.resolution.service;

/**
 * What a resolution run did, printed by {@code resolve} as JSON.
 *
 * @param records        person records resolved
 * @param persons        resolved persons
 * @param moved          records that moved to another or a new person
 * @param pairsCompared  candidate pairs scored
 * @param reductionRatio 1 - pairs compared / all pairs
 * @param reviewItems    uncertain pairs open for review
 * @param modelTrained   whether the model was (re-)estimated in this run
 */
public record RunSummary(int records, int persons, int moved, long pairsCompared, double reductionRatio,
                         int reviewItems, boolean modelTrained) {
}
