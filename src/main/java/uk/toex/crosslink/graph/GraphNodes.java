package uk.toex.crosslink.graph;

import java.util.List;
import java.util.Map;
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

    private final Redaction redaction;

    public GraphNodes(Redaction redaction) {
        this.redaction = redaction;
    }

    @SuppressWarnings("unchecked")
    public GraphNode from(AccessScope scope, Map<String, Object> projection) {
        String type = (String) projection.get("nodeType");
        NodeKind kind = NodeKind.of(type)
                .orElseThrow(() -> new IllegalStateException("Query returned a node of unknown type " + type));
        Map<String, Object> props = (Map<String, Object>) projection.getOrDefault("props", Map.of());
        String key = String.valueOf(props.get(kind.keyProperty()));
        return switch (kind) {
            case PERSON -> Person.withId(key);
            case PERSON_RECORD -> personRecord(scope, key, props, projection);
            case ADDRESS_RECORD -> new AddressRecord(key, props);
            case ADDRESS -> new Address(key, props);
            case PHONE -> new Phone(key, props);
            case EMAIL -> new Email(key, props);
            case ID_DOCUMENT -> new IdDocument(key, props);
            case IMAGE_HASH -> new ImageHash(key, props);
            case ORGANISED_CRIME_GROUP -> new OrganisedCrimeGroup(key, props);
            case ADVERT -> new Advert(key, props);
            case OPERATION -> new Operation(key, props);
            case OFFENCE -> new Offence(key, props);
            case FORCE -> new Force(key, props);
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

}
