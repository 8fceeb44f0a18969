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
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
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
 * person as one clean run; so does the service started on a store left at the last of those
 * moments, before it serves. Each run is
 * a real child JVM on an embedded store; {@link CrashPoint} holds it at the moment to kill it.
 */
class IngestKilledTest {

    /** Generous: a child JVM starts in ~10 s alone, but this machine is shared with other suites. */
    static final long RUN_LIMIT_SECONDS = 420;
    static final List<String> BATCHES = List.of("bedfordshire-niche", "cambridgeshire-athena", "essex-athena", "kent-niche");

    @TempDir
    Path temp;

    @Test
    void aStoreKilledAtAnyPointAndIngestedAgainEndsAsOneCleanRun() throws Exception {
        List<String> batches = world();

        assertThat(run(temp.resolve("clean"), null, batches).crashed()).isFalse();

        // killed in the middle of the first placement that moved records, then part-way through a
        // later batch's rows, then after the last batch's rows were in but before they were placed
        Path killed = temp.resolve("killed");
        for (String point : List.of("placement:1", "rows:3", "batch-done:" + batches.size())) {
            Run run = run(killed, point, batches);
            assertThat(run.crashed()).as("reached %s", point).isTrue();
        }
        // the store as the last kill left it, for the service below
        Path leftForTheService = copy(killed, temp.resolve("left-for-the-service"));
        Run rerun = run(killed, null, batches);
        assertThat(rerun.crashed()).isFalse();

        Map<String, String> clean = persons(temp.resolve("clean"));
        assertThat(clean.values().stream().distinct().count()).as("persons formed across batches").isLessThan(clean.size());
        assertThat(persons(killed)).isEqualTo(clean);

        // the same moment with nothing run again: the service, started on that store, places what
        // was left before it serves (as after a service killed during an HTTP push)
        assertThat(child(leftForTheService, null, List.of("--server.port=0"), "Resolved ").crashed())
                .as("the service placed the records on start").isTrue();
        assertThat(persons(leftForTheService)).isEqualTo(clean);
    }

    /** A copy of a stopped store's folder: what a machine holds after the process died. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    /** Four batches of a generated world (70 person records) whose records resolve across forces. */
    List<String> world() throws IOException {
        Path world = temp.resolve("world");
        int exit = CommandLines.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                List.of("generate", "--out", world.toString(), "--persons", "150", "--seed", "4"));
        assertThat(exit).isZero();
        try (Stream<Path> dirs = Files.list(world)) {
            return dirs.filter(d -> BATCHES.contains(d.getFileName().toString())).map(Path::toString).sorted().toList();
        }
    }

    /**
     * Who is with whom, read from the stopped store itself: record key to its person's id and the
     * keys of every record of that person. Nothing may be left waiting for placement.
     */
    Map<String, String> persons(Path dataDir) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir).build();
        try {
            GraphDatabaseService db = dbms.database("neo4j");
            long unplaced = db.executeTransactionally("MATCH (r:Unplaced) RETURN count(r) AS n", Map.of(),
                    r -> (Long) r.next().get("n"));
            assertThat(unplaced).as("records left unplaced in %s", dataDir.getFileName()).isZero();
            return db.executeTransactionally("""
                    MATCH (r:PersonRecord) OPTIONAL MATCH (r)-[:RESOLVES_TO]->(p:Person)
                    OPTIONAL MATCH (p)<-[:RESOLVES_TO]-(o:PersonRecord)
                    WITH r, p, o ORDER BY o.key
                    WITH r, p, collect(o.key) AS members
                    RETURN r.key AS key, p.id + reduce(keys = '', k IN members | keys + ' ' + k) AS person""", Map.of(),
                    result -> {
                        Map<String, String> out = new TreeMap<>();
                        result.forEachRemaining(row -> out.put((String) row.get("key"), (String) row.get("person")));
                        return out;
                    });
        } finally {
            dbms.shutdown();
        }
    }

    Run run(Path dataDir, String crashAt, List<String> batches) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-bulk", "--quiet", "--crosslink.ingest.chunk-rows=10"));
        args.addAll(batches);
        return child(dataDir, crashAt, args);
    }

    /** The CLI in a child JVM; killed with SIGKILL as soon as it reports the crash point. */
    Run child(Path dataDir, String crashAt, List<String> args) throws Exception {
        return child(dataDir, crashAt, args, "CRASH-POINT");
    }

    /** The application in a child JVM; killed with SIGKILL as soon as a line of its stdout contains {@code killOn}. */
    Run child(Path dataDir, String crashAt, List<String> args, String killOn) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        if (crashAt != null) {
            command.add("-Dcrosslink.test.crash-at=" + crashAt);
        }
        command.addAll(List.of(CrashPoint.class.getName(), "--data-dir", dataDir.toString(),
                "--crosslink.neo4j.bolt-port=0", "--crosslink.neo4j.page-cache=32m"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Boolean> crashPoint = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains(killOn)) {
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
