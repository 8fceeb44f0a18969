package uk.toex.crosslink.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.resolution.service.EntityExporter;

/** {@code export-entities --out FILE}: which person every person record resolves to, as CSV. */
@Command(name = "export-entities", mixinStandardHelpOptions = true,
        description = "Write force,system,record_id,entity_id for every person record.")
public class ExportEntitiesCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @Mixin
    OperatorOptions operator;

    private final CommandContext context;

    public ExportEntitiesCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        context.inProcessOnly(); // all its Cypher goes through CypherRunner: no Bolt, no driver
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException("--out " + out + ": directory " + parent + " does not exist");
        }
        AuditLog audit = context.bean(AuditLog.class);
        long rows;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            rows = context.bean(EntityExporter.class).export(writer);
        } catch (IOException | RuntimeException e) {
            audit.record(operator.audit("export-entities").errors(List.of("EXPORT_FAILED")).outcome(AuditEntry.Outcome.ERROR));
            throw e;
        }
        // A whole-store export discloses every record: the count is recorded, not a million ids.
        audit.record(operator.audit("export-entities").disclosed(List.of(), rows).outcome(AuditEntry.Outcome.OK));
        System.err.println("export-entities: " + rows + " records written to " + out);
        return 0;
    }
}
