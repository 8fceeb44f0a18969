package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsTheSecretOnceOwnerReadableOnlyAndNeverReplacesIt() throws Exception {
        Path file = dir.resolve("security/secret.key");
        byte[] first = SecretFiles.readOrCreate(file, () -> "one".getBytes(StandardCharsets.UTF_8));
        byte[] second = SecretFiles.readOrCreate(file, () -> "two".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo("one").isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void concurrentCreatorsAllEndUpWithTheSameSecret() {
        Path file = dir.resolve("race.key");
        AtomicInteger n = new AtomicInteger();
        List<CompletableFuture<String>> racers = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                new String(SecretFiles.readOrCreate(file, () -> ("secret-" + n.incrementAndGet()).getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8))).toList();
        List<String> seen = racers.stream().map(CompletableFuture::join).distinct().toList();
        assertThat(seen).hasSize(1);
    }
}
