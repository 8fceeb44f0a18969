package uk.toex.crosslink.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import uk.toex.crosslink.security.SecretFiles;

/**
 * The embedded default's signing key: an RSA key pair generated on first use and kept as a JWK
 * in {@code DATA_DIR/security/local-issuer.jwk}, so tokens survive restarts.
 */
public final class LocalIssuerKeys {

    private LocalIssuerKeys() {
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve("security").resolve("local-issuer.jwk");
    }

    public static RSAKey loadOrCreate(Path dataDir) {
        Path file = file(dataDir);
        byte[] json = SecretFiles.readOrCreate(file, LocalIssuerKeys::generate);
        try {
            return RSAKey.parse(new String(json, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key file " + file + " is not a valid RSA JWK", e);
        }
    }

    private static byte[] generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
            return key.toJSONString().getBytes(StandardCharsets.UTF_8);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the local issuer's key pair", e);
        }
    }
}
