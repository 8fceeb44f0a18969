package uk.toex.crosslink.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world is a function of its seed and size. */
class DeterminismTest {

    @TempDir
    Path dir;

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        new WorldGenerator().generate(dir.resolve("a"), 1500, 5);
        new WorldGenerator().generate(dir.resolve("b"), 1500, 5);
        List<Path> files = files(dir.resolve("a"));
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(files(dir.resolve("b"))).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as("%s differs", file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesAnotherWorld() throws IOException {
        new WorldGenerator().generate(dir.resolve("a"), 1500, 5);
        new WorldGenerator().generate(dir.resolve("c"), 1500, 6);
        assertThat(Files.mismatch(dir.resolve("a/ground-truth.csv"), dir.resolve("c/ground-truth.csv"))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("a/kent-niche/persons.csv"), dir.resolve("c/kent-niche/persons.csv")))
                .isNotEqualTo(-1L);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
