package uk.toex.crosslink.ingest.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of a record's canonical content: properties sorted by name, values as text. Equal
 * hash means the source sent nothing new, so the record is {@code unchanged}.
 */
public final class ContentHash {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private ContentHash() {
    }

    public static String of(Map<String, Object> content) {
        StringBuilder canonical = new StringBuilder(256);
        for (Map.Entry<String, Object> e : new TreeMap<>(content).entrySet()) {
            canonical.append(e.getKey()).append('\u001f');
            if (e.getValue() instanceof Collection<?> values) {
                values.forEach(v -> canonical.append(v).append('\u001e'));
            } else {
                canonical.append(e.getValue());
            }
            canonical.append('\u001d');
        }
        return hex(canonical.toString());
    }

    public static String hex(String text) {
        return HexFormat.of().formatHex(bytes(text));
    }

    public static byte[] bytes(String text) {
        return SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
