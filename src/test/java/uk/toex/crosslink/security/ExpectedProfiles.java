package uk.toex.crosslink.security;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import uk.toex.crosslink.security.AnalyticsViews.ComponentSeen;
import uk.toex.crosslink.security.AnalyticsViews.ProfileSeen;
import uk.toex.crosslink.security.MatrixOffences.Offence;
import uk.toex.crosslink.security.MatrixViews.Keyed;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * The force profiles one caller must get from the matrix world with {@link MatrixOffences}, worked
 * out from {@link WrittenRule} and the formulas of docs/ANALYTICS.md alone: only the caller's visible
 * records and offences are events, a person is ranked by a force only through a visible record of
 * it, and the score is recency, frequency and gravity of those events as of 2026-01-01.
 */
final class ExpectedProfiles {

    /** A profile of analytics/profiles.csv as docs/ANALYTICS.md describes it; {@code flag} is also required. */
    record Profile(String kind, String subject, String involvement, List<String> categories, String flag) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("VAWG", "OFFENDER", "SUSPECT", List.of("VAWG", "SEXUAL"), null),
            new Profile("VAWG", "VICTIM", "VICTIM", List.of("VAWG", "SEXUAL"), null),
            new Profile("MISSING_PERSONS", "VICTIM", "VICTIM", List.of("CSE", "MSHT"), "MISSING"),
            new Profile("MISSING_PERSONS", "OFFENDER", "SUSPECT", List.of("CSE", "MSHT"), null));

    static final LocalDate AS_OF = LocalDate.parse("2026-01-01");
    /** The matrix batches' extract date: a flagged record's event date. */
    private static final LocalDate EXTRACTED = LocalDate.parse("2024-05-01");
    /** The gravity table's FLAG row for MISSING. */
    private static final int MISSING_GRAVITY = 6;

    private record Event(String key, String record, String force, LocalDate date, int gravity, boolean offence) {
    }

    private ExpectedProfiles() {
    }

    static List<ProfileSeen> entries(MatrixExpectation e, String force, Profile profile) {
        List<ProfileSeen> entries = new ArrayList<>();
        for (String id : e.personIds()) {
            List<Rec> records = e.recordsOf(id);
            boolean flagged = profile.flag() == null || records.stream().anyMatch(r -> r.flags().contains(profile.flag()));
            List<Event> events = events(e, records, profile);
            if (flagged && !events.isEmpty() && records.stream().anyMatch(r -> r.force().equals(force))) {
                entries.add(entry(e.brief(id), events));
            }
        }
        entries.sort(Comparator.comparingDouble(ProfileSeen::score).reversed().thenComparing(p -> p.person().entityId()));
        return IntStream.range(0, entries.size()).mapToObj(i -> entries.get(i).ranked(i + 1)).toList();
    }

    private static List<Event> events(MatrixExpectation e, List<Rec> records, Profile profile) {
        List<Event> events = new ArrayList<>();
        for (Offence o : MatrixOffences.OFFENCES) {
            if (e.sees(o) && records.contains(o.record()) && o.involvement().equals(profile.involvement())
                    && profile.categories().contains(o.category())) {
                events.add(new Event(o.key(), o.record().key(), o.force(), o.date(), o.gravity(), true));
            }
        }
        records.stream().filter(r -> profile.flag() != null && r.flags().contains(profile.flag()))
                .forEach(r -> events.add(new Event(r.key(), r.key(), r.force(), EXTRACTED, MISSING_GRAVITY, false)));
        return events;
    }

    private static ProfileSeen entry(MatrixViews.PersonBrief person, List<Event> events) {
        Event latest = events.stream().max(Comparator.comparing(Event::date)).orElseThrow();
        Event gravest = events.stream().max(Comparator.comparingInt(Event::gravity)).orElseThrow();
        long n = events.stream().filter(ev -> !ev.date().isBefore(AS_OF.minusDays(1095))).count();
        List<ComponentSeen> components = List.of(
                new ComponentSeen("recency", halfLife(latest.date(), AS_OF), 1, latest.key()),
                new ComponentSeen("frequency", n / (n + 2.0), 1, n + " of " + events.size() + " events"),
                new ComponentSeen("gravity", gravest.gravity() / 10.0, 2, gravest.key()));
        double score = Math.round(100_000 * components.stream().mapToDouble(c -> c.value() * c.weight()).sum() / 4) / 1000.0;
        return new ProfileSeen(0, score, person, components, events.stream().map(Event::force).distinct().sorted().toList(),
                keys(events.stream().filter(Event::offence).map(Event::key).toList()),
                keys(events.stream().map(Event::record).toList()));
    }

    /** 0.5^(days since / 365): the profiles' and threats' recency (docs/ANALYTICS.md). */
    static double halfLife(LocalDate latest, LocalDate today) {
        return Math.pow(0.5, ChronoUnit.DAYS.between(latest, today) / 365.0);
    }

    private static List<Keyed> keys(List<String> keys) {
        return keys.stream().distinct().sorted().map(Keyed::new).toList();
    }
}
