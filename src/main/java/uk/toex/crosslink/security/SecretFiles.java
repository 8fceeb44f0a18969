package uk.toex.crosslink.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets kept in the data directory (signing key, audit HMAC key): created once, readable by
 * the owner only (600, directory 700), never replaced. Creation is atomic, so a server and a
 * {@code token} command starting together end up with the same secret.
 */
public final class SecretFiles {

    private static final Logger log = LoggerFactory.getLogger(SecretFiles.class);
    private static final Set<PosixFilePermission> OWNER_RW = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_RWX = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    public static byte[] readOrCreate(Path file, Supplier<byte[]> generate) {
        try {
            if (!Files.exists(file)) {
                create(file, generate.get());
            }
            warnIfOpen(file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create secret file " + file, e);
        }
    }

    /** A folder only the owner may enter (700), for files that hold raw rows (uploads). */
    public static void createPrivateDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, OWNER_RWX);
    }

    /** Makes a file readable and writable by its owner only (600): reject files hold raw rows. */
    public static void restrictToOwner(Path file) throws IOException {
        restrict(file, OWNER_RW);
    }

    private static void create(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            restrict(dir, OWNER_RWX);
        }
        Path temp = Files.createTempFile(dir, ".secret-", ".tmp");
        try {
            restrict(temp, OWNER_RW);
            Files.write(temp, content);
            // A hard link never replaces: if another process won the race, keep its secret.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            log.debug("Secret {} created concurrently; using the existing one", file);
        } catch (UnsupportedOperationException noLinks) {
            Files.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static void warnIfOpen(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && !Files.getPosixFilePermissions(file).equals(OWNER_RW)) {
            log.warn("Secret file {} is readable by others than its owner; chmod 600 it", file);
        }
    }
}
