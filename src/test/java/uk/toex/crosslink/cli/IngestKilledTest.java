package uk.toex.crosslink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.support.CrashPoint;

/**
 * Resolution on arrival survives kill -9: a command-line ingest killed with SIGKILL in the middle
 * of a placement, part-way through a batch's rows, and after the last batch's rows but before
 * their placement, then run again (all its rows now unchanged), leaves every record in the same
 * person as one clean run. Each run is
 * a real child JVM on an embedded store; {@link CrashPoint} holds it at the moment to kill it.
 */
class IngestKilledTest {

    static final long RUN_LIMIT_SECONDS = 240;

    @TempDir
    Path temp;

    @Test
    void aStoreKilledAtAnyPointAndIngestedAgainEndsAsOneCleanRun() throws Exception {
        List<String> batches = world();

        assertThat(run(temp.resolve("clean"), null, batches).crashed()).isFalse();

        // killed in the middle of the second placement, then part-way through a later batch's
        // rows, then after the last batch's rows were in but before they were placed
        Path killed = temp.resolve("killed");
        for (String point : List.of("placement:2", "rows:3", "batch-done:" + batches.size())) {
            Run run = run(killed, point, batches);
            assertThat(run.crashed()).as("reached %s", point).isTrue();
        }
        Run rerun = run(killed, null, batches);
        assertThat(rerun.crashed()).isFalse();

        assertThat(persons(killed)).isEqualTo(persons(temp.resolve("clean")));
    }

    /** A generated world of 150 person records in 14 batches that resolve across forces. */
    List<String> world() throws IOException {
        Path world = temp.resolve("world");
        int exit = CommandLines.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                List.of("generate", "--out", world.toString(), "--persons", "150", "--seed", "4"));
        assertThat(exit).isZero();
        try (Stream<Path> dirs = Files.list(world)) {
            return dirs.filter(Files::isDirectory).map(Path::toString).sorted().toList();
        }
    }

    /** Who is with whom: record key to the keys of every record of its person, and the person's id. */
    Map<String, String> persons(Path dataDir) throws Exception {
        Path out = dataDir.resolveSibling(dataDir.getFileName() + "-entities.csv");
        Run export = child(dataDir, null, List.of("export-entities", "--out", out.toString()));
        assertThat(export.crashed()).isFalse();
        Map<String, List<String>> members = new TreeMap<>();
        Map<String, String> personOf = new TreeMap<>();
        for (String line : Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
            String[] f = line.split(",");
            String key = f[0] + "/" + f[1] + "/" + f[2];
            personOf.put(key, f[3]);
            members.computeIfAbsent(f[3], p -> new ArrayList<>()).add(key);
        }
        Map<String, String> result = new TreeMap<>();
        personOf.forEach((key, person) -> result.put(key, person + " " + members.get(person)));
        return result;
    }

    Run run(Path dataDir, String crashAt, List<String> batches) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-bulk", "--quiet", "--crosslink.ingest.chunk-rows=10"));
        args.addAll(batches);
        return child(dataDir, crashAt, args);
    }

    /** The CLI in a child JVM; killed with SIGKILL as soon as it reports the crash point. */
    Run child(Path dataDir, String crashAt, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dcontext.initializer.classes=" + CrashPoint.class.getName()));
        if (crashAt != null) {
            command.add("-Dcrosslink.test.crash-at=" + crashAt);
        }
        command.addAll(List.of("uk.toex.crosslink.CrosslinkApplication", "--data-dir", dataDir.toString(),
                "--crosslink.neo4j.bolt-port=0", "--crosslink.neo4j.page-cache=32m"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Boolean> crashPoint = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("CRASH-POINT")) {
                        process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            boolean crashed = crashPoint.get(RUN_LIMIT_SECONDS, TimeUnit.SECONDS);
            process.waitFor(30, TimeUnit.SECONDS);
            if (!crashed) {
                assertThat(process.exitValue()).as("exit of %s", args.get(0)).isZero();
            }
            return new Run(crashed);
        } finally {
            process.destroyForcibly();
        }
    }

    record Run(boolean crashed) {
    }
}
