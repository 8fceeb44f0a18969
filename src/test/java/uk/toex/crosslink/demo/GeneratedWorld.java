package uk.toex.crosslink.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a generated world back the way the contract says a consumer may: RFC 4180, any header case, BOM allowed. */
final class GeneratedWorld {

    private final Path root;

    GeneratedWorld(Path root) {
        this.root = root;
    }

    List<Path> batches() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a batch file, lower-cased. */
    static List<String> header(Path file) {
        return parse(file).header;
    }

    /** Rows of a batch file as column (lower case) → value. */
    static List<Map<String, String>> rows(Path file) {
        return parse(file).rows;
    }

    List<Map<String, String>> groundTruth() {
        return rows(root.resolve("ground-truth.csv"));
    }

    private record Parsed(List<String> header, List<Map<String, String>> rows) {
    }

    private static Parsed parse(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
                List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
                List<Map<String, String>> rows = new ArrayList<>();
                for (CSVRecord record : parser) {
                    if (record.size() != header.size()) {
                        throw new IllegalStateException(file + " line " + record.getRecordNumber() + " has "
                                + record.size() + " fields, header has " + header.size());
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), record.get(i));
                    }
                    rows.add(row);
                }
                return new Parsed(header, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
