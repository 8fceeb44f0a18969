package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code generate} writes a world without the store, and refuses bad usage with exit code 2. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        // a data dir that must stay untouched: generate never starts Spring or the store
        CommandLine line = Launcher.commandLine(new CommandContext(List.of("--crosslink.data-dir=" + dir.resolve("data"))));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void writesTheWorldAndASummaryWithoutOpeningTheStore() throws IOException {
        Path world = dir.resolve("world");
        int exit = run("generate", "--out", world.toString(), "--persons", "200", "--seed", "3");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"personRecords\":200").contains("\"seed\":3");
        assertThat(world.resolve("ground-truth.csv")).exists();
        assertThat(Files.readAllLines(world.resolve("ground-truth.csv"))).hasSize(201);
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void refusesAnOutputDirectoryThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "x");
        assertThat(run("generate", "--out", dir.toString(), "--persons", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("not empty");
        assertThat(dir.resolve("keep.txt")).exists();
    }

    @Test
    void refusesANonPositiveNumberOfPersons() {
        assertThat(run("generate", "--out", dir.resolve("w").toString(), "--persons", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--persons");
    }

    @Test
    void missingOptionsAreBadUsage() {
        assertThat(run("generate", "--persons", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void helpSaysPersonsCountsRecords() {
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("person RECORDS");
    }
}
