package uk.toex.crosslink.security.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A decoder that remembers tokens it has verified, so that a client sending the same bearer token
 * on every request pays the signature check (RSA and constant-time base64, the largest fixed cost
 * of a request) once rather than per request. Keyed by the exact token string: a token that differs
 * in any character, a tampered one included, is a different key and goes through full verification.
 * Only tokens the wrapped decoder accepted are kept (a refusal throws and nothing is stored); an
 * entry lives until the token's {@code exp} or {@code maxAge}, whichever comes first, and an entry
 * past its token's expiry is never answered from (checked again on every hit, clock skew not
 * granted). Bounded to {@code maxEntries} tokens.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder verifier, Duration maxAge, long maxEntries) {
        this(verifier, maxAge, maxEntries, Clock.systemUTC());
    }

    VerifiedTokens(JwtDecoder verifier, Duration maxAge, long maxEntries, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(() -> nanos(clock.instant())) // the same clock as the expiry check
                .expireAfter(new UntilExpiry(maxAge, clock))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return known;
        }
        Jwt jwt = verifier.decode(token); // throws for any token it does not accept: nothing cached
        if (stillValid(jwt)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private boolean stillValid(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        return expires != null && clock.instant().isBefore(expires);
    }

    /** Entries expire at the token's own expiry or after the maximum age, whichever is sooner. */
    private record UntilExpiry(Duration maxAge, Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long now) {
            Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
            return Math.max(0, Math.min(left.toNanos(), maxAge.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long now, long current) {
            return expireAfterCreate(token, jwt, now);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long now, long current) {
            return current;
        }
    }
}
