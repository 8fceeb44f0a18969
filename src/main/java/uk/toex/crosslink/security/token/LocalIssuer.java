package uk.toex.crosslink.security.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;

/**
 * The embedded default's token issuer (development, demo and tests). Its key is loaded, or
 * generated, only when first needed, so a service with an external issuer never creates one.
 */
public class LocalIssuer {

    private final Path dataDir;
    private final String issuer;
    private final String audience;
    private volatile RSAKey key;

    public LocalIssuer(Path dataDir, String issuer, String audience) {
        this.dataDir = dataDir;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public RSAPublicKey publicKey() {
        try {
            return key().toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("Local issuer key has no usable public part", e);
        }
    }

    /** A signed token for the caller, valid from now for {@code ttl}. */
    public String mint(Caller caller, Duration ttl) {
        return mint(caller, Instant.now(), ttl);
    }

    public String mint(Caller caller, Instant issuedAt, Duration ttl) {
        return sign(claims(caller, issuedAt, ttl).build());
    }

    /** The standard claims for a caller, for callers (tests) that want to alter one. */
    public JwtClaimsSet.Builder claims(Caller caller, Instant issuedAt, Duration ttl) {
        List<String> roles = caller.roles().stream().map(Role::name).sorted().toList();
        return JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(audience))
                .subject(caller.subject())
                .issuedAt(issuedAt)
                .notBefore(issuedAt)
                .expiresAt(issuedAt.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim("roles", roles)
                .claim("forces", List.copyOf(caller.forceClaim()));
    }

    /** Signs any claims with the local key (RS256). */
    public String sign(JwtClaimsSet claims) {
        RSAKey signing = key();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signing)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signing.getKeyID()).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private RSAKey key() {
        RSAKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = LocalIssuerKeys.loadOrCreate(dataDir);
                }
                loaded = key;
            }
        }
        return loaded;
    }
}
