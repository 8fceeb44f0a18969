package uk.toex.crosslink.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs a command in-process exactly as {@code java -jar crosslink.jar} would split and parse it. */
public final class CommandLines {

    private CommandLines() {
    }

    public static int run(PrintWriter out, PrintWriter err, List<String> args) {
        LaunchArguments split = LaunchArguments.split(args.toArray(String[]::new));
        try (CommandContext context = new CommandContext(split.springArgs())) {
            CommandLine line = Launcher.commandLine(context);
            line.setOut(out);
            line.setErr(err);
            return line.execute(split.commandArgs().toArray(String[]::new));
        }
    }
}
