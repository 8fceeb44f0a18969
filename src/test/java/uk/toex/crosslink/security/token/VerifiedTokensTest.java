package uk.toex.crosslink.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;

/** The verified-token memory: what it may answer without verifying again, and what it must not. */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START);
    private final AtomicInteger verifications = new AtomicInteger();
    private final Caller analyst = Caller.of("ann", Set.of(Role.ANALYST), List.of("NORFOLK"));

    @Test
    void aRepeatedTokenIsVerifiedOnceAndGivesTheSameClaims() {
        JwtDecoder tokens = tokens(Duration.ofMinutes(5));
        String token = issuer().mint(analyst, START, Duration.ofHours(1));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("ann");
        assertThat(tokens.decode(token).getClaimAsStringList("forces")).containsExactly("NORFOLK");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenPastItsExpiryIsRefusedThoughItWasVerifiedBefore() {
        JwtDecoder tokens = tokens(Duration.ofHours(2));
        String token = issuer().mint(analyst, START, Duration.ofMinutes(10));
        tokens.decode(token);
        clock.moveTo(START.plus(Duration.ofMinutes(12))); // past exp and the verifier's 60 s leeway
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void aTamperedCopyOfAVerifiedTokenIsVerifiedAndRefused() {
        JwtDecoder tokens = tokens(Duration.ofMinutes(5));
        String token = issuer().mint(analyst, START, Duration.ofHours(1));
        tokens.decode(token);
        String[] parts = token.split("\\.");
        String widened = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"NORFOLK\"", "\"*\"").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> tokens.decode(parts[0] + "." + widened + "." + parts[2])).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        JwtDecoder tokens = tokens(Duration.ofMinutes(5));
        String early = issuer().mint(analyst, START.plus(Duration.ofMinutes(30)), Duration.ofHours(1)); // not yet valid
        assertThatThrownBy(() -> tokens.decode(early)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(early)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsVerifiedAgainOnceTheMaximumAgeHasPassed() {
        JwtDecoder tokens = tokens(Duration.ofMinutes(1));
        String token = issuer().mint(analyst, START, Duration.ofHours(1));
        tokens.decode(token);
        clock.moveTo(START.plus(Duration.ofSeconds(61)));
        tokens.decode(token);
        assertThat(verifications).hasValue(2);
    }

    private LocalIssuer issuer() {
        return new LocalIssuer(dataDir, "urn:test", "crosslink");
    }

    private JwtDecoder tokens(Duration maxAge) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(issuer().publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        nimbus.setJwtValidator(TokenConfiguration.validator("urn:test", "crosslink", clock));
        JwtDecoder counted = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counted, maxAge, 100, clock);
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
