package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import uk.toex.crosslink.ingest.files.CallsFile;
import uk.toex.crosslink.ingest.files.LinkFiles;
import uk.toex.crosslink.ingest.files.RecordFiles;

/** Builds a batch's {@link IngestReport} from its files' reports. */
final class BatchReports {

    private BatchReports() {
    }

    static IngestReport of(BatchRun run, String status, Map<String, FileReport> files, List<String> ignored,
                           long startedNanos) {
        long rows = 0;
        long accepted = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        for (FileReport f : files.values()) {
            rows += f.rows();
            accepted += f.accepted();
            updated += f.updated();
            unchanged += f.unchanged();
            rejected += f.rejected();
        }
        Path rejects = run.rejectPath();
        return new IngestReport(run.batchId, run.dir.toString(), run.manifest.force(), run.manifest.system(),
                run.manifest.extracted().toString(), status, rows, accepted, updated, unchanged, rejected,
                rejects == null ? null : rejects.toString(), files,
                ignored, run.listedRejections(), run.rejectionsNotListed(),
                (System.nanoTime() - startedNanos) / 1_000_000);
    }

    /**
     * {@code done} when every file was read (single rows may still be rejected), {@code unreadable}
     * when a file could not be read at all: its rows are all rejected, but a user must not take the
     * batch for loaded.
     */
    static String status(Map<String, FileReport> files) {
        return files.values().stream().anyMatch(f -> f.unreadable() != null) ? IngestReport.UNREADABLE : IngestReport.DONE;
    }

    /** Files in the folder outside the contract, so a misnamed file is not skipped silently. */
    static List<String> ignoredFiles(Path dir) {
        Set<String> known = new java.util.HashSet<>(Set.of("manifest.json", CallsFile.NAME));
        RecordFiles.ALL.forEach(f -> known.add(f.name()));
        LinkFiles.ALL.forEach(f -> known.add(f.name()));
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> !known.contains(n) && !(n.startsWith("rejects-") && n.endsWith(".csv")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
