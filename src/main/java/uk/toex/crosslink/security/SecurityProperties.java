package uk.toex.crosslink.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crosslink.security.*}. Without {@code issuer-uri} or {@code jwk-set-uri} the service
 * trusts only its own local issuer, whose key lives in the data directory.
 *
 * @param issuerUri      external OIDC issuer (discovery at {@code /.well-known/...}); also the
 *                       expected {@code iss} when {@code jwkSetUri} is given
 * @param jwkSetUri      external JWKS location (then {@code issuerUri} names the expected issuer)
 * @param audience       expected {@code aud}
 * @param localIssuer    {@code iss} of tokens minted by the embedded default
 * @param tokenTtl       lifetime of tokens from the {@code token} command
 * @param subjectClaim   claim naming the caller
 * @param rolesClaim     claim (dotted path, e.g. {@code realm_access.roles}) holding roles
 * @param forcesClaim    claim holding force codes, {@code *} for all
 * @param corsOrigins    browser origins allowed to call the API; empty = same origin only
 * @param tokenCache     how long and how many verified tokens are remembered (docs/SECURITY.md)
 */
@ConfigurationProperties("crosslink.security")
public record SecurityProperties(
        String issuerUri,
        String jwkSetUri,
        @DefaultValue("crosslink") String audience,
        @DefaultValue(LOCAL_ISSUER) String localIssuer,
        @DefaultValue("8h") Duration tokenTtl,
        @DefaultValue("sub") String subjectClaim,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("forces") String forcesClaim,
        @DefaultValue List<String> corsOrigins,
        @DefaultValue Limits limits,
        @DefaultValue TrustedDocuments trustedDocuments,
        @DefaultValue TokenCache tokenCache) {

    public static final String LOCAL_ISSUER = "urn:crosslink:local-issuer";

    public boolean externalIssuer() {
        return hasText(issuerUri) || hasText(jwkSetUri);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** OWASP GraphQL limits. */
    public record Limits(
            @DefaultValue("15") int maxDepth,
            @DefaultValue("50000") int maxComplexity,
            @DefaultValue("15") int maxAliases,
            @DefaultValue("65536") long maxRequestBytes,
            @DefaultValue("30s") Duration timeout) {
    }

    /**
     * Persisted-queries-only mode: when enabled, only documents whose SHA-256 matches a file
     * under {@code location} are executed.
     */
    public record TrustedDocuments(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("classpath*:graphql/trusted/*.graphql") String location) {
    }

    /**
     * Verified tokens remembered by their exact text, so a repeated token is not re-verified: each
     * for at most {@code maxAge} and never past its own expiry; at most {@code maxEntries} tokens.
     */
    public record TokenCache(
            @DefaultValue("60s") Duration maxAge,
            @DefaultValue("10000") long maxEntries) {
    }
}
