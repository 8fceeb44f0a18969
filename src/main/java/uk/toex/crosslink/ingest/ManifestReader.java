package uk.toex.crosslink.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.toex.crosslink.ingest.files.BatchDates;

/** Reads and validates {@code manifest.json}; any fault refuses the whole batch. */
public final class ManifestReader {

    private static final Pattern FORCE = Pattern.compile("[A-Z_]{2,32}");
    private static final Pattern SYSTEM = Pattern.compile("[A-Z0-9_]{2,32}");
    // The contract shows the manifest with // comments; accept them rather than refuse a copy.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ManifestReader() {
    }

    public static Manifest read(Path batchDir) {
        if (!Files.isDirectory(batchDir)) {
            throw new BatchRefusedException(batchDir + ": not a directory");
        }
        Path file = batchDir.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new BatchRefusedException(file + ": missing (every batch needs a manifest.json)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a nesting or size limit breached has no location (and no line to name)
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new BatchRefusedException(file + ": not valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new BatchRefusedException(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BatchRefusedException(file + ": must be a JSON object");
        }
        String force = required(file, root, "force", FORCE, "2 to 32 of A-Z and _");
        String system = required(file, root, "system", SYSTEM, "2 to 32 of A-Z, 0-9 and _");
        LocalDate extracted = extracted(file, root);
        String dateFormat = optional(file, root, "dateFormat");
        if (dateFormat != null) {
            String problem = BatchDates.patternProblem(dateFormat);
            if (problem != null) {
                throw refused(file, "dateFormat", problem, dateFormat);
            }
        }
        String handling = optional(file, root, "handling");
        if (handling != null) {
            handling = handling.strip().toUpperCase(Locale.ROOT);
            if (!handling.equals("P") && !handling.equals("C")) {
                throw refused(file, "handling", "must be P or C", root.get("handling").asText());
            }
        }
        return new Manifest(force, system, extracted, dateFormat, handling);
    }

    private static String required(Path file, JsonNode root, String field, Pattern shape, String rule) {
        String value = optional(file, root, field);
        if (value == null) {
            throw new BatchRefusedException(file + ": field " + field + ": missing");
        }
        if (!shape.matcher(value).matches()) {
            throw refused(file, field, "must be " + rule, value);
        }
        return value;
    }

    private static LocalDate extracted(Path file, JsonNode root) {
        String value = optional(file, root, "extracted");
        if (value == null) {
            throw new BatchRefusedException(file + ": field extracted: missing");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw refused(file, "extracted", "must be an ISO date YYYY-MM-DD", value);
        }
    }

    private static String optional(Path file, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw refused(file, field, "must be a string", node.toString());
        }
        return node.asText().isBlank() ? null : node.asText();
    }

    private static BatchRefusedException refused(Path file, String field, String reason, String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return new BatchRefusedException(file + ": field " + field + ": " + reason + " (got \"" + shown + "\")");
    }
}
