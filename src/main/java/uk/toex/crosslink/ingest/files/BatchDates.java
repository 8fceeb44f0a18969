package uk.toex.crosslink.ingest.files;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Dates and timestamps of one batch: dates in the manifest's {@code dateFormat} (ISO when none),
 * partial dates of birth ({@code YYYY-MM}, {@code YYYY}), ISO 8601 timestamps with an offset.
 * Parsing is strict: 2023-02-30 is not a date.
 */
public final class BatchDates {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final LocalDate PROBE = LocalDate.of(1984, 3, 7);
    private static final String RULE = "must be a java.time pattern naming day, month and year";

    private final DateTimeFormatter dates;
    private final String described;

    public BatchDates(String pattern) {
        dates = pattern == null ? DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT) : strict(pattern);
        described = pattern == null ? "YYYY-MM-DD" : pattern;
    }

    /** Why a manifest {@code dateFormat} is unusable, or null when it is a full-date pattern. */
    public static String patternProblem(String pattern) {
        try {
            DateTimeFormatter f = strict(pattern);
            return LocalDate.parse(f.format(PROBE), f).equals(PROBE) ? null : RULE;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return RULE;
        }
    }

    public LocalDate date(String column, String value) throws RowRejected {
        try {
            return LocalDate.parse(value.strip(), dates);
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "not a valid date in the batch format " + described);
        }
    }

    /** A date of birth as ISO text: full in the batch format, or partial {@code YYYY-MM} / {@code YYYY}. */
    public String dateOfBirth(String column, String value) throws RowRejected {
        String v = value.strip();
        try {
            if (YEAR.matcher(v).matches()) {
                return v;
            }
            if (YEAR_MONTH.matcher(v).matches()) {
                return YearMonth.parse(v).toString();
            }
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "not a valid partial date YYYY-MM");
        }
        try {
            return LocalDate.parse(v, dates).toString();
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "not a valid date of birth (" + described + ", YYYY-MM or YYYY)");
        }
    }

    public OffsetDateTime timestamp(String column, String value) throws RowRejected {
        TemporalAccessor parsed;
        try {
            parsed = DateTimeFormatter.ISO_DATE_TIME.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RowRejected(column, "not an ISO 8601 timestamp like 2021-12-03T14:05:00Z");
        }
        if (!parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            throw new RowRejected(column, "timestamp has no Z or UTC offset");
        }
        return OffsetDateTime.from(parsed);
    }

    // STRICT resolution needs year-of-era 'y' turned into proleptic year 'u'; quoted text stays.
    private static DateTimeFormatter strict(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(out.toString()).withResolverStyle(ResolverStyle.STRICT);
    }
}
