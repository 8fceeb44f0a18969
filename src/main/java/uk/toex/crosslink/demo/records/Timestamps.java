package uk.toex.crosslink.demo.records;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** ISO 8601 timestamps with seconds always written and {@code Z} for UTC ({@code 2021-12-03T14:05:00Z}). */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private Timestamps() {
    }

    public static String write(LocalDateTime at, ZoneOffset offset) {
        return FORMAT.format(at.atOffset(offset));
    }
}
