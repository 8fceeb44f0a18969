package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A batch folder written for a test: a manifest and CSV files, exactly as a source would send them. */
public final class BatchFolder {

    private final Path dir;

    private BatchFolder(Path dir) {
        this.dir = dir;
    }

    public static BatchFolder at(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BatchFolder(dir);
    }

    /** A folder with a NORFOLK/ATHENA manifest extracted on the given day. */
    public static BatchFolder norfolk(Path dir, String extracted) {
        return at(dir).manifest("{\"force\":\"NORFOLK\",\"system\":\"ATHENA\",\"extracted\":\"" + extracted + "\"}");
    }

    public BatchFolder manifest(String json) {
        return raw("manifest.json", json);
    }

    /** Lines joined with LF, ending with one. */
    public BatchFolder csv(String name, String... lines) {
        return raw(name, String.join("\n", lines) + "\n");
    }

    public BatchFolder raw(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public BatchFolder bytes(String name, byte[] content) {
        try {
            Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path path() {
        return dir;
    }
}
