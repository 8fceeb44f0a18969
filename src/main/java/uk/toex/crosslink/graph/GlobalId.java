package uk.toex.crosslink.graph;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Relay global object id: URL-safe base64 without padding of {@code TypeName:key}, e.g.
 * {@code PersonRecord:NORFOLK/ATHENA/123} or {@code Person:P-0123456789abcdef}. Opaque to
 * clients, stable across restarts because it is built from the node's own key.
 */
public record GlobalId(String type, String key) {

    public static String encode(String type, String key) {
        String text = type + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The type and key an id names; {@link InvalidInputException} "not a valid id" when it names none. */
    public static GlobalId decode(String id) {
        if (id == null || id.isEmpty()) {
            throw invalid();
        }
        String text;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(id);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw invalid();
        }
        GlobalId decoded = new GlobalId(text.substring(0, colon), text.substring(colon + 1));
        if (!decoded.encoded().equals(id)) {
            throw invalid(); // padded or otherwise not as issued
        }
        return decoded;
    }

    public String encoded() {
        return encode(type, key);
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("not a valid id");
    }
}
