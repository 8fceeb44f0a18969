package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import uk.toex.crosslink.cli.TokenCommandRunner.Run;
import uk.toex.crosslink.security.SecurityProperties;
import uk.toex.crosslink.security.token.LocalIssuerKeys;
import uk.toex.crosslink.security.token.TokenConfiguration;

/** {@code token --user U --roles R1,R2 --forces F1,F2} exactly as shared/contract/cli.md says. */
class TokenCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void printsOneSignedTokenWithTheCallersClaimsWithoutStartingTheStore() throws Exception {
        Run run = token("--user", "ann", "--roles", "ANALYST,INVESTIGATOR", "--forces", "NORFOLK,SUFFOLK");

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).doesNotContain("\n").matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        Jwt jwt = decoder().decode(run.out().strip());
        assertThat(jwt.getSubject()).isEqualTo("ann");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ANALYST", "INVESTIGATOR");
        assertThat(jwt.getClaimAsStringList("forces")).containsExactly("NORFOLK", "SUFFOLK");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(SecurityProperties.LOCAL_ISSUER);
        assertThat(jwt.getAudience()).containsExactly("crosslink");
        assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt().plusSeconds(8 * 3600 - 5));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("security");
        }
    }

    @Test
    void theKeyPairIsCreatedOnceReadableByItsOwnerOnlyAndReusedAcrossRuns() throws Exception {
        String first = token("--user", "a", "--roles", "ADMIN", "--forces", "*").out().strip();
        Path key = LocalIssuerKeys.file(dataDir);
        byte[] keyBytes = Files.readAllBytes(key);
        String second = token("--user", "b", "--roles", "AUDITOR", "--forces", "*", "--ttl", "30m").out().strip();

        assertThat(Files.readAllBytes(key)).isEqualTo(keyBytes);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
        JwtDecoder decoder = decoder();
        assertThat(decoder.decode(first).getClaimAsStringList("forces")).containsExactly("*");
        Jwt b = decoder.decode(second);
        assertThat(b.getExpiresAt()).isBefore(b.getIssuedAt().plusSeconds(31 * 60));
    }

    @Test
    void isRefusedWhenAnExternalIssuerIsConfigured() {
        Run run = token("--crosslink.security.issuer-uri=https://login.example.test/realms/police",
                "--user", "ann", "--roles", "ANALYST", "--forces", "NORFOLK");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).doesNotContain("\n").contains("external issuer", "issuer-uri");
        assertThat(dataDir.resolve("security")).doesNotExist();
    }

    @Test
    void badRolesForcesAndDurationsAreUsageErrorsNamingTheValue() {
        assertUsageError(token("--user", "a", "--roles", "ANALYST,KING", "--forces", "NORFOLK"), "KING");
        assertUsageError(token("--user", "a", "--roles", "ANALYST", "--forces", "norfolk"), "norfolk");
        assertUsageError(token("--user", "a", "--roles", "ANALYST", "--forces", "NORFOLK", "--ttl", "forever"), "forever");
        Run missing = token("--roles", "ANALYST", "--forces", "NORFOLK");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--user");
    }

    private static void assertUsageError(Run run, String named) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains(named);
    }

    private JwtDecoder decoder() throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(LocalIssuerKeys.loadOrCreate(dataDir).toRSAPublicKey()).build();
        decoder.setJwtValidator(TokenConfiguration.validator(SecurityProperties.LOCAL_ISSUER, "crosslink"));
        return decoder;
    }

    private Run token(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString(), "token"));
        all.addAll(List.of(args));
        return TokenCommandRunner.run(all.toArray(String[]::new));
    }
}
