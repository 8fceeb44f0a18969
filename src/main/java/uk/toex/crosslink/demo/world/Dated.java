package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import java.util.List;

/** A value that holds from a date on (a phone number, a home), until the next one in its list. */
public record Dated<T>(LocalDate from, T value) {

    /** The value current on {@code date}: the last one starting on or before it, else the first. */
    public static <T> T on(List<Dated<T>> history, LocalDate date) {
        T current = history.isEmpty() ? null : history.get(0).value();
        for (Dated<T> entry : history) {
            if (!entry.from().isAfter(date)) {
                current = entry.value();
            }
        }
        return current;
    }

    /** The value before the current one on {@code date}, or null. */
    public static <T> T before(List<Dated<T>> history, LocalDate date) {
        T previous = null;
        T current = null;
        for (Dated<T> entry : history) {
            if (!entry.from().isAfter(date)) {
                previous = current;
                current = entry.value();
            }
        }
        return previous;
    }
}
