package uk.toex.crosslink.resolution.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.toex.crosslink.resolution.engine.PersonInput;

/**
 * Person records straight from batch folders in the ingest format (manifest.json and
 * persons.csv), for accuracy runs and benchmarks of the engine alone, without a store.
 */
public final class BatchFolders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchFolders() {
    }

    /** Every persons.csv under {@code root} (one level of batch folders, or root itself). */
    public static List<PersonInput> read(Path root) throws IOException {
        List<PersonInput> out = new ArrayList<>();
        List<Path> batches;
        try (Stream<Path> children = Files.list(root)) {
            batches = children.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
        for (Path batch : batches.isEmpty() ? List.of(root) : batches) {
            if (Files.isRegularFile(batch.resolve("persons.csv"))) {
                readBatch(batch, out);
            }
        }
        return out;
    }

    private static void readBatch(Path batch, List<PersonInput> out) throws IOException {
        JsonNode manifest = JSON.readTree(batch.resolve("manifest.json").toFile());
        String prefix = manifest.get("force").asText() + "/" + manifest.get("system").asText() + "/";
        DateTimeFormatter format = manifest.hasNonNull("dateFormat")
                ? DateTimeFormatter.ofPattern(manifest.get("dateFormat").asText()) : DateTimeFormatter.ISO_LOCAL_DATE;
        try (Reader reader = Files.newBufferedReader(batch.resolve("persons.csv"), StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).get();
            for (CSVRecord row : csv.parse(reader)) {
                out.add(new PersonInput(prefix + row.get("record_id"), text(row, "given_names"), text(row, "family_name"),
                        list(row, "aliases"), dob(text(row, "dob"), format), text(row, "gender"), text(row, "nationality"),
                        list(row, "phones"), list(row, "emails"), text(row, "address"), text(row, "postcode"),
                        list(row, "id_documents")));
            }
        }
    }

    private static String dob(String value, DateTimeFormatter format) {
        if (value == null || value.length() <= 7) {
            return value; // partial dates are ISO whatever the manifest says
        }
        try {
            return LocalDate.parse(value, format).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String text(CSVRecord row, String column) {
        if (!row.isMapped(column)) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(CSVRecord row, String column) {
        String value = text(row, column);
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
