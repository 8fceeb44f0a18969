package uk.toex.crosslink.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Exponential decay by half-life: 1 on the day, 0.5 one half-life later; future dates count as today. */
public final class Decay {

    private Decay() {
    }

    public static double of(LocalDate latest, LocalDate today, Duration halfLife) {
        if (latest == null) {
            return 0;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(latest, today));
        return Math.pow(0.5, days / (double) Math.max(1, halfLife.toDays()));
    }

    public static long daysBetween(LocalDate latest, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(latest, today));
    }
}
