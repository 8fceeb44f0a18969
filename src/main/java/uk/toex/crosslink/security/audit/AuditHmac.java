package uk.toex.crosslink.security.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.SecretFiles;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * Keyed hashes of personal values for the audit log: the same value always gives the same
 * hash (so an auditor can ask who searched for a name), but the hash cannot be reversed or
 * recomputed without the key in {@code DATA_DIR/security/audit-hmac.key}.
 */
@Component
public class AuditHmac {

    public static final String PREFIX = "hmac:";

    private final Path keyFile;
    private volatile byte[] key;

    public AuditHmac(CrosslinkProperties properties) {
        this.keyFile = properties.dataDir().resolve("security").resolve("audit-hmac.key");
    }

    public String hash(String value) {
        // HmacUtils holds one Mac, which is not thread-safe: one per call.
        return PREFIX + new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key()).hmacHex(value);
    }

    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] encoded = SecretFiles.readOrCreate(keyFile, AuditHmac::newKey);
                    key = Base64.getDecoder().decode(new String(encoded, StandardCharsets.US_ASCII).strip());
                }
                loaded = key;
            }
        }
        return loaded;
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encode(key);
    }
}
