package uk.toex.crosslink.investigations;

import java.util.List;
import java.util.Map;

/**
 * What a run returns: the statement's columns in its order, one map per row keyed by column (in
 * that order), and whether rows were cut off at the row cap.
 */
public record InvestigationResult(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {

    public InvestigationResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
