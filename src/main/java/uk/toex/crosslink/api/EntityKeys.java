package uk.toex.crosslink.api;

import java.util.Map;
import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.InvalidInputException;

/**
 * The node a federation representation names. Every key of {@code graphql/federation.graphqls} maps
 * onto the node's own key (the one its global id carries), so every representation of a type is
 * looked up by the same batched, visibility-checked query as {@code node(id:)}.
 */
final class EntityKeys {

    private EntityKeys() {
    }

    static GlobalId of(String type, Map<String, Object> representation) {
        if (representation.get("id") != null) {
            GlobalId id = GlobalId.decode(text(representation, "id"));
            if (!id.type().equals(type)) {
                throw new InvalidInputException("not a valid id");
            }
            return id;
        }
        return new GlobalId(type, switch (type) {
            case "Person" -> text(representation, "entityId");
            case "Phone" -> text(representation, "e164");
            case "Address" -> text(representation, "key");
            default -> text(representation, "force") + "/" + text(representation, "system") + "/"
                    + text(representation, "recordId");
        });
    }

    private static String text(Map<String, Object> representation, String field) {
        if (!(representation.get(field) instanceof String value) || value.isBlank()) {
            throw new InvalidInputException("representation of " + representation.get("__typename")
                    + " lacks its key field " + field);
        }
        return value;
    }
}
