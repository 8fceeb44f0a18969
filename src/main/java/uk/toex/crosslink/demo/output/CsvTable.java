package uk.toex.crosslink.demo.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.world.SystemProfile.Layout;

/**
 * One CSV file of a batch, written with Commons CSV (RFC 4180) in the batch system's layout. Rows
 * may be held in a small window and shuffled, so one person's records are not in step across files.
 */
public final class CsvTable implements Closeable {

    private final CSVPrinter printer;
    private final Map<String, Integer> index = new HashMap<>();
    private final int[] order;
    private final Dice shuffle;
    private final int window;
    private final List<String[]> pending = new ArrayList<>();
    private long rows;

    CsvTable(Path file, List<String> columns, Layout layout, Dice shuffle, int window) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.order = new int[columns.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = layout == Layout.REORDERED ? order.length - 1 - i : i;
        }
        this.shuffle = shuffle;
        this.window = window;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        if (layout == Layout.BOM_CRLF) {
            out.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(layout == Layout.BOM_CRLF ? "\r\n" : "\n").get();
        this.printer = new CSVPrinter(out, format);
        List<String> header = new ArrayList<>();
        for (int i : order) {
            header.add(layout == Layout.UPPER_HEADERS ? columns.get(i).toUpperCase(Locale.ROOT) : columns.get(i));
        }
        printer.printRecord(header);
    }

    public Row row() {
        return new Row(this, new String[order.length]);
    }

    int column(String name) {
        Integer at = index.get(name);
        if (at == null) {
            throw new IllegalArgumentException("no column " + name);
        }
        return at;
    }

    boolean has(String name) {
        return index.containsKey(name);
    }

    void write(String[] values) {
        rows++;
        if (shuffle == null) {
            print(values);
            return;
        }
        pending.add(values);
        if (pending.size() >= window) {
            flushPending();
        }
    }

    public long rows() {
        return rows;
    }

    private void flushPending() {
        for (int i = pending.size() - 1; i > 0; i--) {
            Collections.swap(pending, i, shuffle.between(0, i));
        }
        pending.forEach(this::print);
        pending.clear();
    }

    private void print(String[] values) {
        try {
            for (int i : order) {
                printer.print(values[i] == null ? "" : values[i]);
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (shuffle != null) {
            flushPending();
        }
        printer.close(true);
    }
}
