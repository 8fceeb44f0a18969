package uk.toex.crosslink.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A simple class name names one class, in main and test code alike, so a name in a stack trace or a doc is unambiguous. */
class ClassNamesTest {

    @Test
    void noTwoClassesShareASimpleName() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            Map<String, List<Path>> byName = files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(f -> f.getFileName().toString()));
            assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getValue))
                    .isEmpty();
        }
    }
}
