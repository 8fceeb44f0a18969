package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded batch zip into a fresh folder, safely: no entry may land outside it
 * (zip-slip), and the entry count and the bytes actually inflated are capped (zip bombs; the
 * sizes an entry claims are not trusted). The batch may sit at the zip's root or in one folder.
 */
public final class ZipBatch {

    public static final int MAX_ENTRIES = 64;

    private ZipBatch() {
    }

    /** @return the folder holding {@code manifest.json} */
    public static Path extract(InputStream zip, Path target, long maxBytes) throws BadZipException, IOException {
        Path root = target.toAbsolutePath().normalize();
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.startsWith("__MACOSX/") || name.endsWith(".DS_Store")) {
                    continue;
                }
                if (++entries > MAX_ENTRIES) {
                    throw new BadZipException("the zip holds more than " + MAX_ENTRIES + " entries");
                }
                Path path = root.resolve(name).normalize();
                if (!path.startsWith(root) || path.equals(root) || name.contains("\\")) {
                    throw new BadZipException("zip entry " + name + " points outside the batch folder");
                }
                if (root.relativize(path).getNameCount() > 2) {
                    throw new BadZipException("zip entry " + name + " is nested too deep: put the batch files at the"
                            + " root or in one folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                total = copy(in, path, total, maxBytes);
            }
        } catch (ZipException e) {
            throw new BadZipException("not a valid zip: " + e.getMessage());
        }
        if (entries == 0) {
            throw new BadZipException("not a zip, or an empty one");
        }
        return batchFolder(root);
    }

    private static long copy(InputStream in, Path path, long total, long maxBytes) throws IOException, BadZipException {
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new BadZipException("the zip unpacks to more than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static Path batchFolder(Path root) throws IOException, BadZipException {
        if (Files.isRegularFile(root.resolve("manifest.json"))) {
            return root;
        }
        try (var children = Files.list(root)) {
            var folders = children.filter(Files::isDirectory).toList();
            if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve("manifest.json"))) {
                return folders.get(0);
            }
        }
        throw new BadZipException("no manifest.json at the zip's root or in its one top folder");
    }
}
