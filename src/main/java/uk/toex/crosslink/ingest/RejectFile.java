package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import uk.toex.crosslink.security.SecretFiles;
import uk.toex.crosslink.security.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The batch's rejected rows as CSV ({@code file,line,column,reason,raw}), written as they are
 * found, readable by the owner only (600: raw rows are personal data), with cells a spreadsheet
 * would run as formulas neutralised ({@link SpreadsheetCells}). Created on the first rejection, in the batch folder, or in the fallback folder when
 * the batch folder cannot be written (read-only media, or an uploaded batch).
 */
final class RejectFile implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("file", "line", "column", "reason", "raw").setRecordSeparator("\n").get();

    private final Path preferredDir;
    private final Path fallbackDir;
    private final String fileName;
    private Path path;
    private CSVPrinter printer;

    RejectFile(Path preferredDir, Path fallbackDir, String batchId) {
        this.preferredDir = preferredDir;
        this.fallbackDir = fallbackDir;
        this.fileName = "rejects-" + batchId + ".csv";
    }

    void write(Rejection r) {
        try {
            if (printer == null) {
                printer = FORMAT.print(open());
            }
            printer.printRecord(r.file(), r.line(), SpreadsheetCells.neutralised(r.column()), r.reason(),
                    SpreadsheetCells.neutralised(r.raw()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reject file " + path, e);
        }
    }

    /** Where the rejected rows are, or null when there were none. */
    Path path() {
        return path;
    }

    private Writer open() throws IOException {
        try {
            path = preferredDir.resolve(fileName);
            Files.createDirectories(preferredDir);
            return create(path);
        } catch (IOException e) {
            if (fallbackDir == null) {
                throw e;
            }
            Files.createDirectories(fallbackDir);
            path = fallbackDir.resolve(fileName);
            return create(path);
        }
    }

    /** A new file only its owner can read (600), before any raw row goes in. */
    private static Writer create(Path path) throws IOException {
        Files.createFile(path);
        SecretFiles.restrictToOwner(path);
        return Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
    }

    @Override
    public void close() {
        if (printer != null) {
            try {
                printer.close(true);
                printer = null;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close the reject file " + path, e);
            }
        }
    }
}
