package uk.toex.crosslink.graph;

import java.util.Map;

/**
 * A superseded version of a source record ({@code RecordVersion} in docs/MODEL.md), with its
 * content parsed. When {@code withheld}, the identifying values of a person record's content
 * already say {@code Redaction.MARKER}, as they do on the record itself.
 */
public record RecordVersion(Number version, String hash, String batchId, Object extracted, Object ingestedAt,
                            Object supersededAt, Map<String, Object> content, boolean withheld) {
}
