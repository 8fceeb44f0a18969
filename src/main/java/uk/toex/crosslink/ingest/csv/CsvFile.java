package uk.toex.crosslink.ingest.csv;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.io.input.BOMInputStream;
import uk.toex.crosslink.ingest.Rejection;

/**
 * A batch CSV file read as a stream of rows: UTF-8 with or without a BOM, header first. Rows that
 * are not well-formed CSV are handed to the rejection sink with their line and raw text, and
 * reading goes on.
 */
public final class CsvFile implements Closeable {

    private static final String[] NO_FIELDS = new String[0];

    private final String name;
    private final long size;
    private final CountingInputStream counter;
    private final InputStreamReader text;
    private final CsvRecordReader reader;
    private final CsvHeader header;

    private CsvFile(Path path, Set<String> knownColumns) throws IOException {
        name = path.getFileName().toString();
        size = Files.size(path);
        counter = new CountingInputStream(Files.newInputStream(path));
        BOMInputStream noBom = BOMInputStream.builder().setInputStream(new BufferedInputStream(counter, 1 << 16)).get();
        text = new InputStreamReader(noBom, StandardCharsets.UTF_8);
        reader = new CsvRecordReader(text);
        RawRecord first = reader.next();
        String[] names = NO_FIELDS;
        String problem = null;
        if (first != null && first.problem() == null) {
            try {
                names = CsvFields.split(first.text());
            } catch (MalformedCsvException e) {
                problem = "the header (line 1) is not valid CSV: " + e.getMessage();
            }
        } else if (first != null) {
            problem = "the header (line 1) is not valid CSV: " + first.problem();
        } else {
            problem = "the file is empty: not even a header line";
        }
        if (problem != null && first != null && first.multiLine()) {
            reader.giveBackAfterFirstLine(first); // the lines after a broken header are still rows to account for
        }
        header = new CsvHeader(names, knownColumns, problem);
    }

    public static CsvFile open(Path path, Set<String> knownColumns) throws IOException {
        return new CsvFile(path, knownColumns);
    }

    public CsvHeader header() {
        return header;
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public long bytesRead() {
        return counter.count();
    }

    /** @return the next well-formed row, or null at end of file */
    public CsvRow next(Consumer<Rejection> rejected) throws IOException {
        RawRecord raw;
        while ((raw = reader.next()) != null) {
            if (raw.blank()) {
                continue;
            }
            if (header.problem() != null) {
                // Without a usable header no row can be read; each is still accounted for.
                rejected.accept(new Rejection(name, raw.line(), null, "file not loaded: " + header.problem(), raw.text()));
                continue;
            }
            String problem = raw.problem() != null ? raw.problem() : null;
            String[] fields = null;
            int badField = 0;
            if (problem == null) {
                try {
                    fields = CsvFields.split(raw.text());
                    if (fields.length != header.size()) {
                        problem = "expected " + header.size() + " columns, found " + fields.length;
                    }
                } catch (MalformedCsvException e) {
                    problem = e.getMessage();
                    badField = e.field();
                }
            }
            if (problem == null) {
                if (raw.text().indexOf('\uFFFD') >= 0) {
                    rejected.accept(new Rejection(name, raw.line(), null, "not valid UTF-8", raw.text()));
                    continue;
                }
                return new CsvRow(raw.line(), raw.text(), fields, header);
            }
            rejected.accept(malformed(raw, problem, badField));
        }
        return null;
    }

    private Rejection malformed(RawRecord raw, String problem, int badField) throws IOException {
        if (raw.multiLine()) {
            // One bad quote must not swallow the lines after it: lose only the first line.
            reader.giveBackAfterFirstLine(raw);
            return diagnose(raw.line(), raw.firstLine());
        }
        if (!raw.terminated() && raw.problem() != null && raw.text().length() > CsvRecordReader.MAX_RECORD_CHARS) {
            reader.skipRestOfLine();
        }
        return new Rejection(name, raw.line(), header.name(badField - 1), "malformed CSV: " + problem, raw.text());
    }

    private Rejection diagnose(int line, String text) {
        try {
            String[] fields = CsvFields.split(text);
            String reason = fields.length == header.size()
                    ? "a quote opened on this line is closed only on a later line"
                    : "expected " + header.size() + " columns, found " + fields.length;
            return new Rejection(name, line, null, "malformed CSV: " + reason, text);
        } catch (MalformedCsvException e) {
            String column = header.name(e.field() - 1);
            return new Rejection(name, line, column, "malformed CSV: " + e.getMessage()
                    + (column == null ? "" : " (column " + column + ")"), text);
        }
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
