package uk.toex.crosslink.ingest.bulk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The relationships a new record, link row or call pair makes, and the shared nodes they point
 * to, as {@code cypher/ingest} makes them: derived links carry the batch id; shared nodes keep the
 * properties of their first maker ({@code MERGE ... ON CREATE SET}).
 */
final class StagedLinks {

    private final StagedGraph graph;
    /** AddressRecord key to the key of the Address it resolves to: link rows name the record. */
    private final Map<String, String> addressOfRecord = new ConcurrentHashMap<>();

    StagedLinks(StagedGraph graph) {
        this.graph = graph;
    }

    @SuppressWarnings("unchecked")
    void derived(String kind, String key, Map<String, Object> row, Map<String, Object> batch) {
        switch (kind) {
            case "persons" -> {
                String record = StagedGraph.id("PersonRecord", key);
                each(row, "phones", e164 -> toPhone(record, "HAS_PHONE", e164, batch));
                each(row, "emails", address -> toEmail(record, "HAS_EMAIL", address, batch));
                for (Map<String, Object> doc : (List<Map<String, Object>>) row.get("documents")) {
                    graph.shared("IdDocument", (String) doc.get("key"), doc);
                    graph.relationship("HAS_DOCUMENT", record, StagedGraph.id("IdDocument", (String) doc.get("key")),
                            batchOnly(batch));
                }
                for (Map<String, Object> home : (List<Map<String, Object>>) row.get("home")) {
                    Map<String, Object> props = batchOnly(batch);
                    props.put("relation", "HOME");
                    props.put("source", "persons");
                    toPlace(record, "AT_ADDRESS", home, props);
                }
            }
            case "addresses" -> {
                Map<String, Object> address = (Map<String, Object>) row.get("address");
                String addressKey = (String) address.get("key");
                graph.shared("Address", addressKey, address);
                graph.relationship("RESOLVES_TO", StagedGraph.id("AddressRecord", key),
                        StagedGraph.id("Address", addressKey), batchOnly(batch));
                addressOfRecord.put(key, addressKey);
            }
            case "adverts" -> {
                String advert = StagedGraph.id("Advert", key);
                each(row, "phones", e164 -> toPhone(advert, "ADVERTISES_PHONE", e164, batch));
                each(row, "emails", address -> toEmail(advert, "ADVERTISES_EMAIL", address, batch));
                each(row, "images", hash -> {
                    graph.shared("ImageHash", hash, Map.of("hash", hash));
                    graph.relationship("HAS_IMAGE", advert, StagedGraph.id("ImageHash", hash), batchOnly(batch));
                });
                for (Map<String, Object> place : (List<Map<String, Object>>) row.get("location")) {
                    toPlace(advert, "LOCATED_AT", place, batchOnly(batch));
                }
            }
            case "offences" -> {
                String person = (String) row.get("personKey");
                if (person != null) {
                    Map<String, Object> props = batchOnly(batch);
                    props.put("involvement", ((Map<String, Object>) row.get("props")).get("involvement"));
                    graph.relationship("INVOLVED_IN", StagedGraph.id("PersonRecord", person),
                            StagedGraph.id("Offence", key), props);
                }
            }
            case "ocgs", "operations" -> {
                // their rows hold no phones, addresses or persons: nothing is derived
            }
            default -> throw new IllegalArgumentException("first load: no derivations known for record file " + kind);
        }
    }

    @SuppressWarnings("unchecked")
    void link(String kind, Map<String, Object> row, Map<String, Object> batch) {
        String from = (String) row.get("from");
        String to = (String) row.get("to");
        Map<String, Object> props = new HashMap<>((Map<String, Object>) row.get("props"));
        props.put("batchId", batch.get("id"));
        switch (kind) {
            case "person-addresses" -> {
                props.put("source", "person_addresses");
                props.put("addressRecord", to);
                graph.relationship("AT_ADDRESS", StagedGraph.id("PersonRecord", from), address(to), props);
            }
            case "ocg-members" -> graph.relationship("MEMBER_OF", StagedGraph.id("PersonRecord", from),
                    StagedGraph.id("OrganisedCrimeGroup", to), props);
            case "operation-subjects" -> {
                String subjectKind = String.valueOf(row.get("kind"));
                String target = switch (subjectKind) {
                    case "PERSON" -> StagedGraph.id("PersonRecord", to);
                    case "OCG" -> StagedGraph.id("OrganisedCrimeGroup", to);
                    case "ADVERT" -> StagedGraph.id("Advert", to);
                    case "ADDRESS" -> address(to);
                    default -> throw new IllegalStateException("operation-subjects: no subject of kind " + subjectKind);
                };
                if ("ADDRESS".equals(subjectKind)) {
                    props.put("addressRecord", to);
                }
                graph.relationship("HAS_SUBJECT", StagedGraph.id("Operation", from), target, props);
            }
            default -> throw new IllegalArgumentException("unknown link file " + kind);
        }
    }

    void call(String source, Map<String, Object> pair, Map<String, Object> batch) {
        String from = (String) pair.get("from");
        String to = (String) pair.get("to");
        graph.shared("Phone", from, Map.of("e164", from));
        graph.shared("Phone", to, Map.of("e164", to));
        Map<String, Object> props = new HashMap<>(pair);
        props.remove("from");
        props.remove("to");
        props.put("source", source);
        props.put("batchId", batch.get("id"));
        graph.relationship("CALLED", StagedGraph.id("Phone", from), StagedGraph.id("Phone", to), props);
    }

    private String address(String addressRecordKey) {
        String key = addressOfRecord.get(addressRecordKey);
        if (key == null) {
            throw new IllegalStateException("link to address record " + addressRecordKey + " found no record to attach to");
        }
        return StagedGraph.id("Address", key);
    }

    private void toPhone(String from, String type, String e164, Map<String, Object> batch) {
        graph.shared("Phone", e164, Map.of("e164", e164));
        graph.relationship(type, from, StagedGraph.id("Phone", e164), batchOnly(batch));
    }

    private void toEmail(String from, String type, String address, Map<String, Object> batch) {
        graph.shared("Email", address, Map.of("address", address));
        graph.relationship(type, from, StagedGraph.id("Email", address), batchOnly(batch));
    }

    /** A home or advert location: MERGE on the key, ON CREATE only line1 and postcode. */
    private void toPlace(String from, String type, Map<String, Object> place, Map<String, Object> props) {
        String key = (String) place.get("key");
        Map<String, Object> onCreate = new HashMap<>();
        onCreate.put("key", key);
        onCreate.put("line1", place.get("line1"));
        onCreate.put("postcode", place.get("postcode"));
        graph.shared("Address", key, onCreate);
        graph.relationship(type, from, StagedGraph.id("Address", key), props);
    }

    @SuppressWarnings("unchecked")
    private static void each(Map<String, Object> row, String name, java.util.function.Consumer<String> action) {
        ((List<String>) row.get(name)).forEach(action);
    }

    private static Map<String, Object> batchOnly(Map<String, Object> batch) {
        Map<String, Object> props = new HashMap<>();
        props.put("batchId", batch.get("id"));
        return props;
    }
}
