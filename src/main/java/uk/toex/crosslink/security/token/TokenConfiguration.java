package uk.toex.crosslink.security.token;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import uk.toex.crosslink.security.SecurityProperties;
import uk.toex.crosslink.store.CrosslinkProperties;

/**
 * Which tokens the service trusts: an external issuer's (OIDC discovery at {@code issuer-uri},
 * or keys at {@code jwk-set-uri}) or else the local issuer's. Either way the signature, issuer,
 * audience, expiry (required) and not-before are checked; unsigned ({@code alg: none}) tokens
 * never parse as signed ones.
 */
@Configuration(proxyBeanMethods = false)
public class TokenConfiguration {

    @Bean
    LocalIssuer localIssuer(CrosslinkProperties crosslink, SecurityProperties security) {
        return new LocalIssuer(crosslink.dataDir(), security.localIssuer(), security.audience());
    }

    /** Whichever issuer is trusted, a token already verified is not verified again while it lasts. */
    @Bean
    JwtDecoder jwtDecoder(SecurityProperties security, LocalIssuer localIssuer) {
        SecurityProperties.TokenCache cache = security.tokenCache();
        return new VerifiedTokens(verifier(security, localIssuer), cache.maxAge(), cache.maxEntries());
    }

    private static JwtDecoder verifier(SecurityProperties security, LocalIssuer localIssuer) {
        if (has(security.jwkSetUri())) {
            if (!has(security.issuerUri())) {
                throw new IllegalStateException(
                        "crosslink.security.jwk-set-uri needs crosslink.security.issuer-uri: the issuer expected in tokens");
            }
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(security.jwkSetUri()).build();
            decoder.setJwtValidator(validator(security.issuerUri(), security.audience()));
            return decoder;
        }
        if (has(security.issuerUri())) {
            // Discovery happens on first use, so the service starts while the issuer is down.
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(security.issuerUri());
                decoder.setJwtValidator(validator(security.issuerUri(), security.audience()));
                return decoder;
            });
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(localIssuer.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator(localIssuer.issuer(), localIssuer.audience()));
        return decoder;
    }

    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return validator(issuer, audience, Clock.systemUTC());
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(audience)));
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
