package uk.toex.crosslink.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A later extract of the demo's first source in which a few people have moved: loaded after the
 * world, it gives those records a second version, so the demo shows record history
 * ({@code versions}) as a real feed would after its first month.
 */
public final class DemoFollowUp {

    /** Records re-sent with a new address: the first rows of the source's persons.csv. */
    static final int MOVED = 3;
    private static final String NEW_ADDRESS = "Flat 2, 10 Prince of Wales Road, Norwich";
    private static final String NEW_POSTCODE = "NR1 1BL";

    private DemoFollowUp() {
    }

    /**
     * The demo world: the generated batches and, sorting after them so that it loads last, the
     * follow-up of NORFOLK's ATHENA extract.
     */
    public static GenerationSummary generateWorld(Path dir, int persons, long seed) throws IOException {
        GenerationSummary world = new WorldGenerator().generate(dir, persons, seed);
        write(dir, dir.resolve("norfolk-athena"));
        return world;
    }

    /** Writes the follow-up batch beside the generated ones; returns its folder. */
    public static Path write(Path world, Path source) throws IOException {
        Path out = world.resolve("zz-" + source.getFileName() + "-update");
        Files.createDirectories(out);
        String manifest = Files.readString(source.resolve("manifest.json"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("manifest.json"), laterExtract(manifest), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<String> header;
        List<Map<String, String>> rows = new ArrayList<>();
        String persons = Files.readString(source.resolve("persons.csv"), StandardCharsets.UTF_8);
        try (Reader in = new StringReader(persons.startsWith("\uFEFF") ? persons.substring(1) : persons);
             var parser = format.parse(in)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                if (rows.size() == MOVED) {
                    break;
                }
                rows.add(record.toMap());
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("persons.csv"), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                for (String column : header) {
                    values.add(moved(column, row.get(column)));
                }
                printer.printRecord(values);
            }
        }
        return out;
    }

    private static String moved(String column, String value) {
        return switch (column.toLowerCase(Locale.ROOT)) {
            case "address" -> NEW_ADDRESS;
            case "postcode" -> NEW_POSTCODE;
            default -> value;
        };
    }

    /** The same source a month later: the manifest's {@code extracted} date moved on. */
    private static String laterExtract(String manifest) {
        Matcher m = Pattern.compile("\"extracted\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"")
                .matcher(manifest);
        if (!m.find()) {
            throw new IllegalStateException("the demo source's manifest has no extracted date");
        }
        String later = LocalDate.parse(m.group(1)).plusMonths(1).toString();
        return manifest.substring(0, m.start(1)) + later + manifest.substring(m.end(1));
    }
}
