package uk.toex.crosslink.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * The set-up every command test shares: an empty harness store, a temporary folder, and the
 * command's stdout and stderr captured while it runs in-process through the launcher.
 */
abstract class CommandTest {

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void emptyStore() {
        TestNeo4j.clear();
    }

    /** Runs one command line; its output collects in {@link #out} and {@link #err}. */
    int command(List<String> args) {
        return CommandLines.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }
}
