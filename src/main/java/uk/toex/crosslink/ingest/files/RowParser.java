package uk.toex.crosslink.ingest.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.toex.crosslink.ingest.csv.CsvRow;

/**
 * Turns a CSV row into typed properties by its file's columns, or rejects it naming the column.
 * Blank means unknown: the property is left out, never filled in.
 */
public final class RowParser {

    public static final List<String> DOCUMENT_TYPES =
            List.of("PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "NINO", "PNC", "OTHER");
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

    private final BatchDates dates;

    public RowParser(BatchDates dates) {
        this.dates = dates;
    }

    public Map<String, Object> parse(CsvRow row, List<Column> columns) throws RowRejected {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Column column : columns) {
            String text = row.value(column.name());
            if (text == null) {
                if (column.required()) {
                    throw new RowRejected(row.columnName(column.name()), "required value is missing");
                }
                continue;
            }
            Object value = value(row.columnName(column.name()), column, text);
            if (value != null) {
                out.put(column.property(), value);
            }
        }
        return out;
    }

    private Object value(String name, Column column, String text) throws RowRejected {
        return switch (column.type()) {
            case TEXT -> text;
            case ID -> text.strip();
            case LIST -> list(text);
            case ENUM -> code(name, column, text);
            case DATE -> dates.date(name, text);
            case DOB -> dates.dateOfBirth(name, text);
            case TIMESTAMP -> dates.timestamp(name, text);
            case GRAVITY -> whole(name, text, 1, 10, "a whole number from 1 to 10");
            case SECONDS -> whole(name, text, 0, Long.MAX_VALUE, "a whole number of seconds, 0 or more");
            case ID_DOCUMENTS -> documents(name, text);
            case HEX_LIST -> hashes(name, text);
        };
    }

    public static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String v = part.strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String code(String name, Column column, String text) throws RowRejected {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!column.values().contains(code)) {
            throw new RowRejected(name, "must be one of " + String.join(", ", new TreeSet<>(column.values())));
        }
        return code;
    }

    private static Long whole(String name, String text, long min, long max, String rule) throws RowRejected {
        try {
            long v = Long.parseLong(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the rejection
        }
        throw new RowRejected(name, "must be " + rule);
    }

    private static List<String> documents(String name, String text) throws RowRejected {
        List<String> items = list(text);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            int colon = item.indexOf(':');
            String type = colon < 0 ? "" : item.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            if (colon < 0 || !DOCUMENT_TYPES.contains(type) || item.substring(colon + 1).isBlank()) {
                throw new RowRejected(name, "each document must be TYPE:NUMBER with TYPE one of "
                        + String.join(", ", DOCUMENT_TYPES));
            }
            out.add(type + ":" + item.substring(colon + 1).strip());
        }
        return out;
    }

    private static List<String> hashes(String name, String text) throws RowRejected {
        List<String> items = list(text);
        if (items != null && !items.stream().allMatch(h -> HEX.matcher(h).matches())) {
            throw new RowRejected(name, "each image hash must be hexadecimal");
        }
        return items;
    }
}
