package uk.toex.crosslink.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Node.js and npm for tests that drive JavaScript tools: present, or the test fails and says what to install. */
final class NodeTools {

    private NodeTools() {
    }

    /** Fails (never skips) when {@code node} or {@code npm} cannot be run. */
    static void require() {
        for (String tool : List.of("node", "npm")) {
            try {
                run(Path.of("."), Duration.ofSeconds(60), tool, "--version");
            } catch (AssertionError e) {
                throw new AssertionError("This test needs Node.js 18 or later with npm on the PATH ("
                        + tool + " --version failed: " + e.getMessage() + "); on Debian: apt-get install nodejs npm", e);
            }
        }
    }

    /** Runs a command to completion in {@code dir}; fails with its output when it fails. */
    static String run(Path dir, Duration timeout, String... command) {
        try {
            Path log = Files.createTempFile("node-tool", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " took longer than " + timeout);
                }
                String text = Files.readString(log, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " could not be started: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(String.join(" ", command) + " was interrupted", e);
        }
    }
}
