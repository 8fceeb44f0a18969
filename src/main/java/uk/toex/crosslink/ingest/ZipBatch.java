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
 * (zip-slip) or come twice, the entry count is capped, and the bytes actually inflated (the sizes
 * an entry claims are not trusted) are claimed from the {@link UnpackBudget} all uploads share.
 * A zip that inflates more than {@value #MAX_RATIO} times its own size past the first
 * {@value #RATIO_FREE_BYTES} bytes is a bomb (real extracts compress 5 to 20 times; a megabyte
 * of zipped blank lines makes a gigabyte). A truncated zip is refused, not half unpacked. The
 * batch may sit at the zip's root or in one folder.
 */
public final class ZipBatch {

    public static final int MAX_ENTRIES = 64;
    public static final long MAX_RATIO = 200;
    public static final long RATIO_FREE_BYTES = 1 << 20;

    private final UnpackBudget budget;
    private long claimed;

    public ZipBatch(UnpackBudget budget) {
        this.budget = budget;
    }

    /** Bytes this upload holds in the budget: give them back ({@link UnpackBudget#release}) once deleted. */
    public long claimed() {
        return claimed;
    }

    /** @return the folder holding {@code manifest.json} */
    public Path extract(InputStream zip, Path target) throws BadZipException, IOException {
        Path root = target.toAbsolutePath().normalize();
        int entries = 0;
        java.util.Set<Path> names = new java.util.HashSet<>();
        long[] compressed = new long[1];
        InputStream counted = new java.io.FilterInputStream(zip) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                compressed[0] += Math.max(n, 0);
                return n;
            }

            @Override
            public int read() throws IOException {
                int n = super.read();
                compressed[0] += n >= 0 ? 1 : 0;
                return n;
            }
        };
        try (ZipInputStream in = new ZipInputStream(counted)) {
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
                if (!names.add(path)) {
                    throw new BadZipException("zip entry " + name + " comes twice: which one is the batch's?");
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
                copy(in, path, compressed);
            }
        } catch (ZipException e) {
            throw new BadZipException("not a valid zip: " + e.getMessage());
        } catch (java.io.EOFException e) {
            throw new BadZipException("the zip is truncated: it ends inside an entry");
        }
        if (entries == 0) {
            throw new BadZipException("not a zip, or an empty one");
        }
        return batchFolder(root);
    }

    private void copy(InputStream in, Path path, long[] compressed) throws IOException, BadZipException {
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(path)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (!budget.claim(n)) {
                    throw new BadZipException("the zip unpacks to more than the " + budget.max()
                            + " bytes the service unpacks at once (this upload and others under way)");
                }
                claimed += n;
                if (claimed > RATIO_FREE_BYTES && claimed > MAX_RATIO * compressed[0]) {
                    throw new BadZipException("the zip inflates more than " + MAX_RATIO + " times its size: refused as a zip bomb");
                }
                out.write(buffer, 0, n);
            }
        }
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
