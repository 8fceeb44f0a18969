package uk.toex.crosslink.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Apollo gateway ({@code @apollo/gateway}, {@code @apollo/server}) composing the test service
 * with a partner subgraph written for the test ({@code src/test/federation/}), run with the
 * machine's Node.js. The npm packages are installed from the committed lockfile into
 * {@code target/federation-e2e} (ignored by git). Without Node.js or npm the test fails, saying so.
 */
public final class FederationGateway implements AutoCloseable {

    private static final Path SOURCES = Path.of("src/test/federation");
    private static final Path WORK = Path.of("target/federation-e2e");
    private static final Duration START = Duration.ofSeconds(90);

    private final List<Process> processes = new ArrayList<>();
    private String url;

    /** Starts the partner subgraph (with these cases, as JSON) and a gateway composing it with Crosslink. */
    public static FederationGateway start(String crosslinkGraphQlUrl, String composeToken, String partnerCasesJson) {
        NodeTools.require();
        install();
        FederationGateway gateway = new FederationGateway();
        try {
            int partnerPort = freePort();
            gateway.run("partner", List.of("node", "partner.mjs", String.valueOf(partnerPort)),
                    Map.of("PARTNER_CASES", partnerCasesJson));
            int gatewayPort = freePort();
            gateway.url = gateway.run("gateway", List.of("node", "gateway.mjs", String.valueOf(gatewayPort)),
                    Map.of("CROSSLINK_URL", crosslinkGraphQlUrl, "PARTNER_URL", "http://127.0.0.1:" + partnerPort + "/",
                            "COMPOSE_TOKEN", composeToken));
            return gateway;
        } catch (RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    /** Where the gateway serves GraphQL. */
    public String url() {
        return url;
    }

    @Override
    public void close() {
        processes.forEach(p -> p.descendants().forEach(ProcessHandle::destroy));
        processes.forEach(Process::destroy);
    }

    private static void install() {
        try {
            Files.createDirectories(WORK);
            for (String file : List.of("package.json", "package-lock.json", "partner.mjs", "gateway.mjs")) {
                Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            if (!Files.isDirectory(WORK.resolve("node_modules/@apollo/gateway"))) {
                NodeTools.run(WORK, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a Node.js script and waits for its {@code READY url} line. */
    private String run(String name, List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            processes.add(process);
            CompletableFuture<String> ready = new CompletableFuture<>();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> readUntilReady(process, ready, output), name + "-output");
            reader.setDaemon(true);
            reader.start();
            String line = ready.get(START.toSeconds(), TimeUnit.SECONDS);
            return line.substring("READY ".length()).strip();
        } catch (Exception e) {
            throw new AssertionError("The federation test's " + name + " did not start: " + e, e);
        }
    }

    private static void readUntilReady(Process process, CompletableFuture<String> ready, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.startsWith("READY ")) {
                    ready.complete(line);
                }
            }
            ready.completeExceptionally(new IllegalStateException("exited " + process.waitFor() + ":\n" + output));
        } catch (IOException | InterruptedException e) {
            ready.completeExceptionally(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
