package uk.toex.crosslink.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * A superseded version of a source record ({@code RecordVersion} in docs/MODEL.md), with its
 * content parsed. When {@code withheld}, the identifying values of a person record's content
 * already say {@code Redaction.MARKER}, as they do on the record itself.
 */
public record RecordVersion(Number version, String hash, String batchId, Object extracted, Object ingestedAt,
                            Object supersededAt, Map<String, Object> content, boolean withheld) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored {@code content} (JSON of the old properties) as a map. */
    static Map<String, Object> parse(String content) {
        try {
            return content == null ? Map.of() : JSON.readValue(content, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record version's content is not JSON", e);
        }
    }
}
