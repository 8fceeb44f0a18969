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
    /**
     * Properties the service derives and keeps on records for itself (search words built from the
     * names and date of birth): never part of a version's content, whoever asks, since redaction
     * judges only the fields a record was received with.
     */
    static final java.util.Set<String> DERIVED = java.util.Set.of("searchText", "searchVersion");

    static Map<String, Object> parse(String content) {
        try {
            if (content == null) {
                return Map.of();
            }
            Map<String, Object> parsed = JSON.readValue(content, new TypeReference<Map<String, Object>>() { });
            parsed.keySet().removeAll(DERIVED);
            return parsed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record version's content is not JSON", e);
        }
    }
}
