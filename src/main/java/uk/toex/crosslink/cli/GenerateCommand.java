package uk.toex.crosslink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.toex.crosslink.demo.GenerationSummary;
import uk.toex.crosslink.demo.WorldGenerator;

/**
 * {@code generate --out DIR --persons N [--seed S]}: writes a synthetic multi-force world as batch
 * folders plus {@code ground-truth.csv}. Pure file generation: the store and Spring are never started.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a deterministic synthetic world: one batch folder per force and source system "
                + "(manifest.json and every CSV of the ingest format) and ground-truth.csv "
                + "(force,system,record_id,entity_id) naming the true person behind each person record.",
                "Prints a one-line JSON summary on stdout."})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory; must not exist or be empty.")
    private Path out;

    @Option(names = "--persons", required = true, paramLabel = "N",
            description = "Number of person RECORDS to write in total over all batches (not true people: "
                    + "one person has 1 or more records; there are about half as many people).")
    private int persons;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed; the same seed and size give byte-identical output (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IOException {
        if (persons < 1) {
            throw new BadInputException("--persons must be at least 1, got " + persons);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out " + out + " is a file, not a directory");
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException("--out " + out + " is not empty");
                }
            }
        }
        GenerationSummary summary = new WorldGenerator().generate(out, persons, seed);
        spec.commandLine().getOut().println(summary.toJson());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
