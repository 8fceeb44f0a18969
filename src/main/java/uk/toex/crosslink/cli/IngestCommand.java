package uk.toex.crosslink.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.toex.crosslink.ingest.BatchRefusedException;
import uk.toex.crosslink.ingest.ConsoleProgress;
import uk.toex.crosslink.ingest.IngestFailedException;
import uk.toex.crosslink.ingest.IngestOptions;
import uk.toex.crosslink.ingest.IngestProgress;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.ingest.ManifestReader;

/**
 * {@code ingest DIR...}: loads each batch folder in turn and prints one JSON report per batch
 * on stdout. Every folder's manifest is checked before the store is opened, so a bad folder
 * named on the command line exits 2 having loaded nothing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load batch folders (shared/contract/ingest-format.md); one JSON report per batch on stdout.")
public class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "batch folders, each with a manifest.json")
    List<Path> dirs;

    @Option(names = "--quiet", description = "no progress or summary on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private final CommandContext context;

    public IngestCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        for (Path dir : dirs) {
            try {
                ManifestReader.read(dir);
            } catch (BatchRefusedException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        IngestService service = context.bean(IngestService.class);
        IngestOptions options = IngestOptions.defaults()
                .withProgress(quiet ? IngestProgress.NONE : ConsoleProgress.onStderr());
        PrintWriter out = spec.commandLine().getOut();
        for (Path dir : dirs) {
            RunStats stats = new RunStats();
            IngestReport report;
            try {
                report = service.ingest(dir, options);
            } catch (IngestFailedException e) {
                throw new IngestFailedException(dir + ": " + e.getMessage(), e.getCause());
            }
            out.println(report.toJson());
            out.flush();
            if (!quiet) {
                spec.commandLine().getErr().println("ingest " + report.batchId() + ": " + stats.summary(report.rows()));
            }
        }
        return 0;
    }
}
