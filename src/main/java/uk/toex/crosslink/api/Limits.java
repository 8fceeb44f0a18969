package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.InvalidInputException;

/**
 * The caps of the investigation API's arguments (page sizes, depths, hop counts): a value beyond
 * one is a BAD_REQUEST naming the argument and the limit, never quietly shortened.
 */
final class Limits {

    private Limits() {
    }

    /** A page size: the default when null, else 1..max. */
    static int page(String argument, Integer value, int defaultValue, int max) {
        return range(argument, value, defaultValue, 1, max);
    }

    /** An integer argument within min..max, the default when null. */
    static int range(String argument, Integer value, int defaultValue, int min, int max) {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw new InvalidInputException(argument + " must be between " + min + " and " + max + " (got " + v + ")");
        }
        return v;
    }
}
