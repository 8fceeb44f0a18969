package uk.toex.crosslink.ingest;

import java.util.List;
import uk.toex.crosslink.ingest.store.ChunkResult;

/** Running counts of one file while it loads; only touched on the parsing thread. */
final class FileTally {

    private final String file;
    private long read;
    private long accepted;
    private long updated;
    private long unchanged;
    private long rejected;
    private List<String> extraColumns = List.of();
    private List<String> ignoredColumns = List.of();
    private String unreadable;

    FileTally(String file) {
        this.file = file;
    }

    void read() {
        read++;
    }

    long readSoFar() {
        return read;
    }

    void rejected() {
        rejected++;
    }

    void add(ChunkResult result) {
        accepted += result.accepted();
        updated += result.updated();
        unchanged += result.unchanged();
    }

    void extraColumns(List<String> columns) {
        extraColumns = List.copyOf(columns);
    }

    void ignoredColumns(List<String> columns) {
        ignoredColumns = List.copyOf(columns);
    }

    /** @param problem why the file's header makes it unusable, or null */
    void unreadable(String problem) {
        unreadable = problem;
    }

    FileReport report() {
        return new FileReport(file, read, accepted, updated, unchanged, rejected, extraColumns, ignoredColumns, unreadable);
    }
}
