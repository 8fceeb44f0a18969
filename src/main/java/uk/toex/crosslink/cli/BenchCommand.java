package uk.toex.crosslink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.toex.crosslink.resolution.accuracy.BatchFolders;
import uk.toex.crosslink.resolution.accuracy.EntityCsv;
import uk.toex.crosslink.resolution.accuracy.LabelledRecords;
import uk.toex.crosslink.resolution.bench.EngineBenchmark;
import uk.toex.crosslink.resolution.engine.EngineSettings;

/** {@code bench resolve --persons N}: the resolution engine alone on synthetic data, no store. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (run on a quiet machine).",
        subcommands = {BenchCommand.Resolve.class, BenchCommand.Incremental.class, BenchCommand.Store.class})
public class BenchCommand {

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Engine alone: synthetic persons to clusters; time per stage, peak heap, accuracy.")
    public static class Resolve implements Callable<Integer> {

        @Option(names = "--persons", defaultValue = "450000", description = "Synthetic persons (about 2.2 records each).")
        int persons;

        @Option(names = "--seed", defaultValue = "42")
        long seed;

        @Option(names = "--batches", description = "Resolve the persons.csv of these batch folders instead (with --truth to score).")
        java.nio.file.Path batches;

        @Option(names = "--truth", description = "ground-truth.csv for --batches.")
        java.nio.file.Path truth;

        @Option(names = "--link-probability", description = "Link threshold instead of the default (as crosslink.resolution.link-probability).")
        Double linkProbability;

        private EngineSettings settings() {
            EngineSettings d = EngineSettings.defaults();
            return linkProbability == null ? d : new EngineSettings(linkProbability, d.reviewLow(), d.reviewHigh(),
                    d.supportBits(), d.blockCap(), d.threads());
        }

        @Override
        public Integer call() throws java.io.IOException {
            if (batches == null) {
                long started = System.currentTimeMillis();
                LabelledRecords sample = EngineSample.generate(persons, seed);
                System.out.println(EngineBenchmark.run(sample, System.currentTimeMillis() - started, settings()));
            } else {
                System.out.println(EngineBenchmark.run(new LabelledRecords(BatchFolders.read(batches),
                        truth == null ? java.util.Map.of() : EntityCsv.read(truth)), 0, settings()));
            }
            return 0;
        }
    }

    @Command(name = "store", mixinStandardHelpOptions = true,
            description = "Through the store: write synthetic person records, then a full resolve (use an empty --data-dir).")
    public static class Store implements Callable<Integer> {

        @Option(names = "--persons", defaultValue = "100000")
        int persons;

        private final uk.toex.crosslink.cli.CommandContext context;

        public Store(uk.toex.crosslink.cli.CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            System.out.println(uk.toex.crosslink.cli.StoreBenchmark.run(
                    context.bean(uk.toex.crosslink.store.CypherRunner.class),
                    context.bean(uk.toex.crosslink.resolution.service.ResolutionService.class), persons));
            return 0;
        }
    }

    @Command(name = "incremental", mixinStandardHelpOptions = true,
            description = "Engine alone: place single new records against a resolved set; latency percentiles.")
    public static class Incremental implements Callable<Integer> {

        @Option(names = "--persons", defaultValue = "450000")
        int persons;

        @Option(names = "--probes", defaultValue = "2000")
        int probes;

        @Override
        public Integer call() {
            System.out.println(uk.toex.crosslink.resolution.bench.IncrementalBenchmark.run(
                    EngineSample.generate(persons, 42L).records(), probes));
            return 0;
        }
    }
}
