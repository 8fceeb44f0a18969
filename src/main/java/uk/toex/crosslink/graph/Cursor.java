package uk.toex.crosslink.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors. Top-level lists page by key ({@code k:} and the last key seen), nested
 * lists by position ({@code o:} and the index of the last edge seen); both are base64url so
 * clients treat them as tokens.
 */
public final class Cursor {

    private static final String KEY = "k:";
    private static final String OFFSET = "o:";

    private Cursor() {
    }

    public static String ofKey(String key) {
        return encode(KEY + key);
    }

    public static String ofOffset(int index) {
        return encode(OFFSET + index);
    }

    /** The key after which a keyset page starts, null for the first page. */
    public static String keyAfter(String cursor) {
        return cursor == null ? null : payload(cursor, KEY);
    }

    /** The position at which an offset page starts, 0 for the first page. */
    public static int offsetAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            int index = Integer.parseInt(payload(cursor, OFFSET));
            if (index < 0) {
                throw new NumberFormatException();
            }
            return index + 1;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(String cursor, String kind) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(kind)) {
                throw invalid();
            }
            return text.substring(kind.length());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("not a valid cursor for this list");
    }
}
