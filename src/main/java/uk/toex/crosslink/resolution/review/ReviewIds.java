package uk.toex.crosslink.resolution.review;

import uk.toex.crosslink.graph.GlobalId;
import uk.toex.crosslink.graph.InvalidInputException;

/** A person record named by its Relay global id or, for convenience, its plain {@code FORCE/SYSTEM/RECORD_ID} key. */
final class ReviewIds {

    private ReviewIds() {
    }

    static String key(String id) {
        if (id != null && id.indexOf('/') > 0) {
            return id; // base64url never holds a slash: this is a plain key
        }
        GlobalId decoded = GlobalId.decode(id);
        if (!decoded.type().equals("PersonRecord")) {
            throw new InvalidInputException("not a PersonRecord id: " + id);
        }
        return decoded.key();
    }

    static String personId(String id) {
        if (id != null && id.startsWith("P-")) {
            return id;
        }
        GlobalId decoded = GlobalId.decode(id);
        if (!decoded.type().equals("Person")) {
            throw new InvalidInputException("not a Person id: " + id);
        }
        return decoded.key();
    }
}
