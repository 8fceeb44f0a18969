package uk.toex.crosslink.api;

import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.InvalidInputException;

/** Global ids given as arguments of the investigation API, checked to name a node of the expected type. */
final class Ids {

    private Ids() {
    }

    /** The key a global id names, null for null; BAD_REQUEST when it is not an id of {@code type}. */
    static String key(Object id, String type) {
        if (id == null) {
            return null;
        }
        GlobalId decoded = GlobalId.decode(id.toString());
        if (!decoded.type().equals(type)) {
            throw new InvalidInputException("not a valid id of a " + type);
        }
        return decoded.key();
    }
}
