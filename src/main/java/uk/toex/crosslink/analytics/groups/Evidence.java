package uk.toex.crosslink.analytics.groups;

/**
 * One link between two persons of the association graph: what they share (kind, via), the records it
 * came through, and its weight after hub down-weighting.
 */
public record Evidence(String from, String to, String kind, String via, String fromRecord, String toRecord,
                       double weight, int sharedBy) {

    /** Forces of the two records the link goes through (a record key starts with its force). */
    public java.util.List<String> forces() {
        return java.util.stream.Stream.of(fromRecord, toRecord).filter(java.util.Objects::nonNull)
                .map(key -> key.contains("/") ? key.substring(0, key.indexOf('/')) : key).distinct().sorted().toList();
    }

    public String explanation() {
        String what = switch (kind) {
            case "CALL" -> "calls between their phones " + via;
            case "OFFENCE" -> "co-suspects in offence " + via;
            case "ADVERT" -> "both linked to advert " + via + " by a phone or email";
            default -> "both hold " + kind.toLowerCase(java.util.Locale.ROOT) + " " + via;
        };
        return String.format(java.util.Locale.ROOT, "%s (records %s and %s); linked %d persons, weight %.2f",
                what, fromRecord, toRecord, sharedBy, weight);
    }
}
