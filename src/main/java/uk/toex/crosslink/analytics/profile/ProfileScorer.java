package uk.toex.crosslink.analytics.profile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.AnalyticsProperties;
import uk.toex.crosslink.analytics.Decay;
import uk.toex.crosslink.analytics.ScoreComponent;

/**
 * Recency, frequency and gravity of a person's profile events (formulas in docs/ANALYTICS.md):
 * recency halves every {@code half-life} since the latest event, frequency is n/(n+k) of the events
 * within {@code window}, gravity is the gravest event's gravity / 10.
 */
@Component
class ProfileScorer {

    private final AnalyticsProperties.Profiles settings;
    private final AnalyticsProperties properties;

    ProfileScorer(AnalyticsProperties properties) {
        this.properties = properties;
        this.settings = properties.profiles();
    }

    List<ScoreComponent> components(List<ProfileEvent> events) {
        LocalDate today = properties.today();
        return List.of(recency(events, today), frequency(events, today), gravity(events));
    }

    private ScoreComponent recency(List<ProfileEvent> events, LocalDate today) {
        ProfileEvent latest = events.stream().filter(e -> e.date() != null)
                .max(Comparator.comparing(ProfileEvent::date)).orElse(null);
        if (latest == null) {
            return new ScoreComponent("recency", 0, settings.recencyWeight(), "No event is dated.");
        }
        double value = Decay.of(latest.date(), today, settings.halfLife());
        return new ScoreComponent("recency", value, settings.recencyWeight(), String.format(Locale.ROOT,
                "Latest event %s, %d days before %s; recency halves every %d days: %.2f.", latest.describe(),
                Decay.daysBetween(latest.date(), today), today, settings.halfLife().toDays(), value));
    }

    private ScoreComponent frequency(List<ProfileEvent> events, LocalDate today) {
        LocalDate from = today.minusDays(settings.window().toDays());
        long n = events.stream().map(ProfileEvent::date).filter(Objects::nonNull)
                .filter(d -> !d.isBefore(from) && !d.isAfter(today)).count();
        double k = settings.frequencySaturation();
        double value = n / (n + k);
        return new ScoreComponent("frequency", value, settings.frequencyWeight(), String.format(Locale.ROOT,
                "%d of %d events fall in the %d days before %s; n/(n+%s) = %.2f.", n, events.size(),
                settings.window().toDays(), today, trim(k), value));
    }

    private ScoreComponent gravity(List<ProfileEvent> events) {
        ProfileEvent gravest = events.stream().max(Comparator.comparingInt(ProfileEvent::gravity)).orElseThrow();
        double value = gravest.gravity() / 10.0;
        return new ScoreComponent("gravity", value, settings.gravityWeight(), String.format(Locale.ROOT,
                "Gravest event: %s; gravity / 10 = %.2f.", gravest.describe(), value));
    }

    private static String trim(double k) {
        return k == Math.rint(k) ? String.valueOf((long) k) : String.valueOf(k);
    }
}
