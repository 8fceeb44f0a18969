package uk.toex.crosslink.demo.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.demo.world.Source;

/** One batch folder being written: its ten CSV files, record ids, date style and manifest. */
public final class BatchOutput implements Closeable {

    private static final int SHUFFLE_WINDOW = 2048;

    private final Source source;
    private final Path dir;
    private final Map<CsvKind, CsvTable> tables = new EnumMap<>(CsvKind.class);
    private final SystemRecordIds ids;
    private final DateTimeFormatter dates;

    private BatchOutput(Source source, Path dir, long seed) {
        this.source = source;
        this.dir = dir;
        this.ids = new SystemRecordIds(source, seed);
        String pattern = source.profile().datePattern();
        this.dates = pattern == null ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(pattern);
    }

    static BatchOutput open(Path root, Source source, long seed) throws IOException {
        Path dir = Files.createDirectories(root.resolve(source.folderName()));
        BatchOutput batch = new BatchOutput(source, dir, seed);
        for (CsvKind kind : CsvKind.values()) {
            List<String> columns = new ArrayList<>(kind.columns());
            if (kind.hasHandling()) {
                columns.add("handling");
            }
            if (kind == CsvKind.PERSONS) {
                columns.addAll(source.profile().extraColumns());
            }
            if (kind == CsvKind.OFFENCES) {
                columns.add("crime_ref");
            }
            Dice shuffle = kind == CsvKind.PERSONS ? Dice.of(seed, 7, source.index()) : null;
            batch.tables.put(kind, new CsvTable(dir.resolve(kind.fileName()), columns, source.profile().layout(),
                    shuffle, SHUFFLE_WINDOW));
        }
        return batch;
    }

    public Source source() {
        return source;
    }

    public Row row(CsvKind kind) {
        return tables.get(kind).row();
    }

    public String nextId(SystemRecordIds.Kind kind) {
        return ids.next(kind);
    }

    /** A date in this batch's pattern. */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    public DateTimeFormatter dates() {
        return dates;
    }

    public long rows(CsvKind kind) {
        return tables.get(kind).rows();
    }

    @Override
    public void close() throws IOException {
        for (CsvTable table : tables.values()) {
            table.close();
        }
        Files.writeString(dir.resolve("manifest.json"), manifest(), StandardCharsets.UTF_8);
    }

    private String manifest() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"force\": \"").append(source.force()).append("\",\n");
        json.append("  \"system\": \"").append(source.system()).append("\",\n");
        json.append("  \"extracted\": \"").append(source.extracted()).append("\",\n");
        String pattern = source.profile().datePattern();
        if (pattern != null || source.index() % 2 == 0) { // ISO said aloud in some batches, left to the default in others
            json.append("  \"dateFormat\": \"").append(pattern == null ? "yyyy-MM-dd" : pattern).append("\",\n");
        }
        json.append("  \"handling\": \"").append(source.handling()).append("\"\n}\n");
        return json.toString();
    }
}
