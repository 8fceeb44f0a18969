package uk.toex.crosslink.cli;

import java.util.concurrent.Callable;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.toex.crosslink.security.AuditEntry;
import uk.toex.crosslink.security.AuditLog;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.resolution.service.RunSummary;

/** {@code resolve}: full entity resolution over every person record, progress by stage on stderr. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Resolve every person record in the store into persons (respecting review decisions).")
public class ResolveCommand implements Callable<Integer> {

    @Option(names = "--retrain", description = "Re-estimate the model even if the stored one is still fresh.")
    boolean retrain;

    @Mixin
    OperatorOptions operator;

    private final CommandContext context;

    public ResolveCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.inProcessOnly(); // all its Cypher goes through CypherRunner: no Bolt, no driver
        long start = System.currentTimeMillis();
        AuditLog audit = context.bean(AuditLog.class);
        RunSummary summary;
        try {
            summary = context.bean(ResolutionService.class).resolveAll(retrain, (stage, detail) ->
                    System.err.printf("resolve [%6.1fs] %s: %s%n", (System.currentTimeMillis() - start) / 1000.0, stage, detail));
        } catch (RuntimeException e) {
            audit.record(operator.audit("resolve").errors(List.of("RESOLVE_FAILED")).outcome(AuditEntry.Outcome.ERROR));
            throw e;
        }
        audit.record(operator.audit("resolve").disclosed(List.of(), summary.records()).outcome(AuditEntry.Outcome.OK));
        System.out.printf("{\"records\":%d,\"persons\":%d,\"moved\":%d,\"pairsCompared\":%d,\"reductionRatio\":%.6f,"
                        + "\"reviewItems\":%d,\"modelTrained\":%b,\"seconds\":%.1f}%n",
                summary.records(), summary.persons(), summary.moved(), summary.pairsCompared(), summary.reductionRatio(),
                summary.reviewItems(), summary.modelTrained(), (System.currentTimeMillis() - start) / 1000.0);
        return 0;
    }
}
