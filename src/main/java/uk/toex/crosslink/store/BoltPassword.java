package uk.toex.crosslink.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of the embedded engine's Bolt user {@code neo4j}: generated on the first start and
 * kept in {@code DATA_DIR/security/bolt-password} (mode 600), or, with Bolt closed to other
 * tools, a throw-away one that only this process knows.
 *
 * @param created whether this start generated the file (the one time the password is printed)
 */
public record BoltPassword(String value, Path file, boolean created) {

    public static final String USER = "neo4j";
    private static final SecureRandom RANDOM = new SecureRandom();

    static BoltPassword kept(Path dataDir) {
        Path file = dataDir.resolve("security").resolve("bolt-password").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            boolean created = false;
            if (!Files.exists(file)) {
                created = create(file);
            }
            return new BoltPassword(Files.readString(file, StandardCharsets.UTF_8).strip(), file, created);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the Bolt password file " + file, e);
        }
    }

    static BoltPassword throwAway() {
        return new BoltPassword(generate(), null, false);
    }

    /** Created readable by the owner only from the start; a process that raced us keeps its password. */
    private static boolean create(Path file) throws IOException {
        try {
            if (Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return false;
        }
        Files.writeString(file, generate() + "\n", StandardCharsets.UTF_8);
        return true;
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
