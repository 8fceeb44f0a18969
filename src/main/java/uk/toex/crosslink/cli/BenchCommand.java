package uk.toex.crosslink.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

        @Override
        public Integer call() throws java.io.IOException {
            System.out.println(batches == null ? EngineBenchmark.run(persons, seed, EngineSettings.defaults())
                    : EngineBenchmark.run(uk.toex.crosslink.resolution.accuracy.BatchFolders.read(batches),
                    truth == null ? java.util.Map.of() : uk.toex.crosslink.resolution.accuracy.EntityCsv.read(truth),
                    EngineSettings.defaults()));
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
                    context.bean(org.neo4j.driver.Driver.class),
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
            System.out.println(uk.toex.crosslink.resolution.bench.IncrementalBenchmark.run(persons, probes));
            return 0;
        }
    }
}
