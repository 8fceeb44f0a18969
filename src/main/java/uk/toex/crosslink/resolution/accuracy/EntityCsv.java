package uk.toex.crosslink.resolution.accuracy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code force,system,record_id,entity_id} files (ground truth or export) to record key to entity. */
public final class EntityCsv {

    private EntityCsv() {
    }

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String key = row.get("force") + "/" + row.get("system") + "/" + row.get("record_id");
                out.put(key, row.get("entity_id"));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
