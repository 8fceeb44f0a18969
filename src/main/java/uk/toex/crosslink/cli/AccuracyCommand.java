package uk.toex.crosslink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.toex.crosslink.resolution.accuracy.AccuracyReport;
import uk.toex.crosslink.resolution.accuracy.EntityCsv;

/** {@code accuracy --truth FILE --entities FILE}: pairwise and B-cubed scores of an export against a truth. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Score exported entities (export-entities) against a ground truth with the same columns.")
public class AccuracyCommand implements Callable<Integer> {

    @Option(names = "--truth", required = true, description = "force,system,record_id,entity_id ground truth CSV.")
    Path truth;

    @Option(names = "--entities", required = true, description = "CSV written by export-entities.")
    Path entities;

    @Override
    public Integer call() throws IOException {
        for (Path file : new Path[] {truth, entities}) {
            if (!Files.isReadable(file)) {
                throw new BadInputException(file + ": not a readable file");
            }
        }
        AccuracyReport report = AccuracyReport.of(EntityCsv.read(truth), EntityCsv.read(entities));
        System.out.printf("{\"records\":%d,\"pairwise\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f},"
                        + "\"bcubed\":{\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}}%n", report.records(),
                report.pairwisePrecision(), report.pairwiseRecall(), report.pairwiseF1(), report.bcubedPrecision(),
                report.bcubedRecall(), report.bcubedF1());
        return 0;
    }
}
