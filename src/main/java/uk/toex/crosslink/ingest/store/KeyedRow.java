package uk.toex.crosslink.ingest.store;

import java.util.Map;

/**
 * A validated row ready to write: its identity (record key or link key), the SHA-256 of its
 * content, and the Cypher parameters of its row.
 */
public record KeyedRow(String key, String hash, Map<String, Object> params) {
}
