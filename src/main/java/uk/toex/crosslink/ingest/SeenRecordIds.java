package uk.toex.crosslink.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The record_ids of one file of the batch, with the line each was first seen on: for duplicate
 * detection, and so that references from later files point only at accepted records.
 */
final class SeenRecordIds {

    // line > 0: accepted; line < 0: seen on that line but rejected.
    private final Map<String, Integer> lines = new HashMap<>();

    /** Line the id was first seen on, or null. */
    Integer firstLine(String id) {
        Integer line = lines.get(id);
        return line == null ? null : Math.abs(line);
    }

    void seen(String id, int line) {
        lines.put(id, -line);
    }

    void accepted(String id) {
        lines.computeIfPresent(id, (k, line) -> Math.abs(line));
    }

    boolean isAccepted(String id) {
        Integer line = lines.get(id);
        return line != null && line > 0;
    }
}
