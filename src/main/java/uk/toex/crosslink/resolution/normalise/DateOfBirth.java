package uk.toex.crosslink.resolution.normalise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as precise as it was recorded (any year from 1000: historical records count): {@code 1984}, {@code 1984-03} or {@code 1984-03-07}
 * (0 stands for an unknown month or day). Packs to one int ({@code 19840307}, {@code 19840300})
 * so millions of them stay cheap.
 */
public record DateOfBirth(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$");

    public static Optional<DateOfBirth> parse(String recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(recorded.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (year < 1000 || month > 12 || day > 31 || (month == 0 && day > 0)) {
            return Optional.empty();
        }
        return Optional.of(new DateOfBirth(year, month, day));
    }

    public static DateOfBirth unpack(int packed) {
        return new DateOfBirth(packed / 10000, packed / 100 % 100, packed % 100);
    }

    /** {@code yyyymmdd}, 0 where unknown; 0 for no date at all. */
    public int pack() {
        return year * 10000 + month * 100 + day;
    }

    public boolean full() {
        return day > 0;
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
