package uk.toex.crosslink.analytics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Offence gravity 1..10 by category and Home Office code, from {@code analytics/gravity.csv}: the
 * exact (category, code) row, else the category's {@code *} row. Category {@code FLAG} rows give the
 * gravity of a flagged record counted as an event (a missing episode, a ViSOR registration).
 */
@Component
public class GravityTable {

    static final String FILE = "gravity.csv";

    private final Map<String, Integer> gravity = new HashMap<>();

    public GravityTable() {
        for (CSVRecord row : DataFile.read(FILE)) {
            int value;
            try {
                value = Integer.parseInt(row.get("gravity"));
            } catch (NumberFormatException e) {
                throw DataFile.bad(FILE, row, "gravity", "not a whole number");
            }
            if (value < 1 || value > 10) {
                throw DataFile.bad(FILE, row, "gravity", "must be 1..10");
            }
            gravity.put(key(row.get("category"), row.get("ho_code")), value);
        }
    }

    /** The table's gravity, or null when neither the code nor the category is listed. */
    public Integer lookup(String category, String hoCode) {
        Integer exact = hoCode == null ? null : gravity.get(key(category, hoCode));
        return exact != null ? exact : gravity.get(key(category, "*"));
    }

    /** An offence's gravity and where it came from: the record's own unless absent or {@code overrideRecord}. */
    public record Decided(int value, String source) {
    }

    public Decided decide(String category, String hoCode, Number own, boolean overrideRecord) {
        Integer table = lookup(category, hoCode);
        if (table != null && (own == null || overrideRecord)) {
            return new Decided(table, "gravity table");
        }
        return own != null ? new Decided(own.intValue(), "record") : new Decided(1, "default (none known)");
    }

    public Integer flag(String flag) {
        return gravity.get(key("FLAG", flag));
    }

    private static String key(String category, String code) {
        return (category == null ? "" : category.strip().toUpperCase(Locale.ROOT)) + "|" + (code == null ? "" : code.strip());
    }
}
