package uk.toex.crosslink.graph;

import java.util.Map;
import java.util.Set;

/** Builds read-model nodes from the projection in {@code cypher/fragments/node.cypher}. */
public final class GraphNodes {

    /** Every type {@code node(id:)} can resolve; each has {@code cypher/queries/nodes/<type>.cypher}. */
    public static final Set<String> TYPES = Set.of("Person", "PersonRecord", "Address", "Phone", "Email",
            "IdDocument", "ImageHash", "OrganisedCrimeGroup", "Advert", "Operation", "Offence", "Force");

    private GraphNodes() {
    }

    @SuppressWarnings("unchecked")
    public static GraphNode from(Map<String, Object> projection) {
        String type = (String) projection.get("nodeType");
        Map<String, Object> props = (Map<String, Object>) projection.getOrDefault("props", Map.of());
        String key = String.valueOf(props.get(keyProperty(type)));
        return switch (type) {
            case "Person" -> Person.withId(key);
            case "PersonRecord" -> new PersonRecord(key, props, (String) projection.get("personId"));
            case "Address" -> new Address(key, props);
            case "Phone" -> new Phone(key, props);
            case "Email" -> new Email(key, props);
            case "IdDocument" -> new IdDocument(key, props);
            case "ImageHash" -> new ImageHash(key, props);
            case "OrganisedCrimeGroup" -> new OrganisedCrimeGroup(key, props);
            case "Advert" -> new Advert(key, props);
            case "Operation" -> new Operation(key, props);
            case "Offence" -> new Offence(key, props);
            case "Force" -> new Force(key, props);
            default -> throw new IllegalStateException("Query returned a node of unknown type " + type);
        };
    }

    /** The property that keys nodes of a type (docs/MODEL.md). */
    static String keyProperty(String type) {
        return switch (type) {
            case "Person" -> "id";
            case "Phone" -> "e164";
            case "Email" -> "address";
            case "ImageHash" -> "hash";
            case "Force" -> "code";
            default -> "key";
        };
    }
}
