package uk.toex.crosslink.resolution.engine;

/**
 * A reviewer's decision on two records, applied in order of decision time (a later decision on
 * the same pair replaces an earlier one). {@code UNSURE} constrains nothing.
 */
public record MatchDecision(String recordA, String recordB, Decision decision) {

    public enum Decision { SAME, DIFFERENT, UNSURE }
}
