package uk.toex.crosslink.network;

import java.util.List;

/**
 * One explained link between two resolved persons (entity ids): its kind (PHONE, ADDRESS, CALL,
 * OCG...), what joins them in words (which phone, which address and relation, which records) and
 * the forces of the two records.
 */
public record NetworkLink(String from, String to, String kind, String explanation, List<String> forces) {
}
