package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help} and {@code --version} answer from the command model alone: no Spring context, no store. */
class HelpAndVersionTest {

    private final StringWriter out = new StringWriter();

    private int run(CommandContext context, String... args) {
        CommandLine line = Launcher.commandLine(context);
        line.setOut(new PrintWriter(out, true));
        return line.execute(args);
    }

    @Test
    void helpListsEveryCommandAndTheCommonOptionsWithoutStartingTheContext() {
        try (CommandContext context = new CommandContext(List.of())) {
            assertThat(run(context, "--help")).isZero();
            assertThat(context.started()).isFalse();
        }
        assertThat(out.toString()).contains("generate", "token", "ingest", "investigate", "resolve", "export-entities",
                "accuracy", "bench", "--demo", "--data-dir", "--server.port", "--crosslink.neo4j.bolt-port");
    }

    @Test
    void versionNamesCrosslinkAndTheEngineWithoutStartingTheContext() {
        try (CommandContext context = new CommandContext(List.of())) {
            assertThat(run(context, "--version")).isZero();
            assertThat(context.started()).isFalse();
        }
        assertThat(out.toString()).contains("Crosslink ", "Neo4j ", "Java ");
    }

    @Test
    void aCommandsOwnHelpNeedsNoContextEither() {
        try (CommandContext context = new CommandContext(List.of())) {
            assertThat(run(context, "investigate", "--help")).isZero();
            assertThat(context.started()).isFalse();
        }
        assertThat(out.toString()).contains("--token", "--list");
    }
}
