package uk.toex.crosslink.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.security.Redaction;

/**
 * Builds read-model nodes from the projections in {@code cypher/fragments/node.cypher} and
 * {@code record-node.cypher}. Every person record the read API serves passes here, so this is
 * where {@link Redaction} hides the identity of protected persons from callers who may not see
 * it: whatever path reaches a record (a person, a list, a walk), it arrives already redacted.
 */
@Component
public class GraphNodes {

    /** Every type {@code node(id:)} can resolve; each has {@code cypher/queries/nodes/<type>.cypher}. */
    public static final Set<String> TYPES = Set.of("Person", "PersonRecord", "AddressRecord", "Address", "Phone", "Email",
            "IdDocument", "ImageHash", "OrganisedCrimeGroup", "Advert", "Operation", "Offence", "Force");

    private final Redaction redaction;

    public GraphNodes(Redaction redaction) {
        this.redaction = redaction;
    }

    @SuppressWarnings("unchecked")
    public GraphNode from(AccessScope scope, Map<String, Object> projection) {
        String type = (String) projection.get("nodeType");
        Map<String, Object> props = (Map<String, Object>) projection.getOrDefault("props", Map.of());
        String key = String.valueOf(props.get(keyProperty(type)));
        return switch (type) {
            case "Person" -> Person.withId(key);
            case "PersonRecord" -> personRecord(scope, key, props, projection);
            case "AddressRecord" -> new AddressRecord(key, props);
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

    @SuppressWarnings("unchecked")
    private PersonRecord personRecord(AccessScope scope, String key, Map<String, Object> props,
                                      Map<String, Object> projection) {
        if (!(projection.get("personFlags") instanceof List<?> flags)) {
            // fail closed: without its person's flags nobody can tell whether to hide the identity
            throw new IllegalStateException("Person records must be projected with record-node.cypher");
        }
        List<String> personFlags = (List<String>) flags;
        return new PersonRecord(key, redaction.record(scope, personFlags, props), (String) projection.get("personId"),
                redaction.hidesIdentity(scope, personFlags));
    }

    /** The property that keys nodes of a type (docs/MODEL.md). */
    public static String keyProperty(String type) {
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
