package uk.toex.crosslink.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditLog;

/**
 * {@code ingest DIR...}: loads each batch folder in turn and prints one JSON report per batch
 * on stdout. Every folder's manifest is checked before the store is opened, so a bad folder
 * named on the command line exits 2 having loaded nothing. Each batch leaves one audit event
 * naming the operator ({@link OperatorOptions}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load batch folders (docs/INGEST-FORMAT.md); one JSON report per batch on stdout.",
                "Exit 1 when a batch has a file that could not be read at all (status unreadable), unless --allow-partial."})
public class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "batch folders, each with a manifest.json")
    List<Path> dirs;

    @Option(names = "--quiet", description = "no progress or summary on stderr")
    boolean quiet;

    @Option(names = "--no-bulk", description = "load a new embedded store through transactions too, not the offline importer")
    boolean noBulk;

    @Option(names = "--allow-partial",
            description = "exit 0 even when a file of a batch could not be read at all (status unreadable)")
    boolean allowPartial;

    @Mixin
    OperatorOptions operator;

    @Spec
    CommandSpec spec;

    private final CommandContext context;

    public IngestCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.inProcessOnly(); // all its Cypher goes through CypherRunner: no Bolt, no driver
        for (Path dir : dirs) {
            try {
                ManifestReader.read(dir);
            } catch (BatchRefusedException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        IngestOptions options = IngestOptions.defaults()
                .withProgress(quiet ? IngestProgress.NONE : ConsoleProgress.onStderr());
        PrintWriter out = spec.commandLine().getOut();
        List<IngestReport> firstLoad = noBulk ? List.of()
                : FirstLoadRun.ifNewStore(context, dirs, options, quiet ? null : spec.commandLine().getErr());
        IngestService service = context.bean(IngestService.class);
        AuditLog audit = context.bean(AuditLog.class);
        boolean unreadable = false;
        for (IngestReport report : firstLoad) {
            unreadable |= warnIfUnreadable(report);
            audit.record(operator.audit("ingest").query(null, report.auditSummary(), List.of()).outcome(AuditEntry.Outcome.OK));
            out.println(report.toJson());
        }
        out.flush();
        for (Path dir : dirs.subList(firstLoad.size(), dirs.size())) {
            RunStats stats = new RunStats();
            IngestReport report;
            try {
                report = service.ingest(dir, options);
            } catch (IngestFailedException e) {
                audit.record(operator.audit("ingest").errors(List.of("INGEST_FAILED")).outcome(AuditEntry.Outcome.ERROR));
                throw new IngestFailedException(dir + ": " + e.getMessage(), e.getCause());
            }
            audit.record(operator.audit("ingest").query(null, report.auditSummary(), List.of()).outcome(AuditEntry.Outcome.OK));
            out.println(report.toJson());
            out.flush();
            unreadable |= warnIfUnreadable(report);
            if (!quiet) {
                spec.commandLine().getErr().println("ingest " + report.batchId() + ": " + stats.summary(report.rows()));
            }
        }
        return unreadable && !allowPartial ? 1 : 0;
    }

    /** Said on stderr whatever --quiet says: the batch did not load as the user meant. */
    private boolean warnIfUnreadable(IngestReport report) {
        if (!report.unreadable()) {
            return false;
        }
        report.files().values().stream().filter(f -> f.unreadable() != null).forEach(f -> spec.commandLine().getErr()
                .println("ingest " + report.dir() + ": " + f.file() + " could not be read: " + f.unreadable()
                        + (allowPartial ? "" : " (status unreadable; --allow-partial to accept)")));
        return true;
    }
}
