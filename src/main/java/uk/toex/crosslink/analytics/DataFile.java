package uk.toex.crosslink.analytics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads one of the analytics data tables ({@code src/main/resources/analytics/*.csv}), header first. */
public final class DataFile {

    private DataFile() {
    }

    public static List<CSVRecord> read(String name) {
        ClassPathResource resource = new ClassPathResource("analytics/" + name);
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read analytics/" + name, e);
        }
    }

    /** A {@code |}-separated cell as a list, empty for a blank cell. */
    public static List<String> list(CSVRecord row, String column) {
        String value = row.get(column);
        return value.isBlank() ? List.of() : List.of(value.split("\\|"));
    }

    /** A clear error naming the file, line and field. */
    public static IllegalStateException bad(String name, CSVRecord row, String column, String reason) {
        return new IllegalStateException("analytics/" + name + " line " + (row.getRecordNumber() + 1) + ", field "
                + column + ": " + reason);
    }
}
