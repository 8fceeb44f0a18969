package uk.toex.crosslink.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import uk.toex.crosslink.security.AnalyticsViews.ComponentSeen;
import uk.toex.crosslink.security.AnalyticsViews.ThreatSeen;
import uk.toex.crosslink.security.MatrixOffences.Offence;
import uk.toex.crosslink.security.MatrixViews.Keyed;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * The priority threats one caller must get from the matrix world, from {@link WrittenRule} and the
 * formulas of docs/ANALYTICS.md alone. Each visible OCG's members are the persons of the visible
 * records of its force (every record is a member of each of its force's OCGs); its facts come from
 * those persons' visible records in any force, and only offences the caller may see count, be it
 * as a member's offence or as what makes someone a victim. The one discovered group is always
 * mapped here, so it is represented by its OCGs.
 */
final class ExpectedThreats {

    private ExpectedThreats() {
    }

    static List<ThreatSeen> threats(MatrixExpectation e, String force) {
        if (ExpectedGroups.groups(e).stream().anyMatch(g -> g.unmapped())) {
            throw new IllegalStateException("The matrix world now has an unmapped group: expect it as a threat too");
        }
        List<ThreatSeen> entries = new ArrayList<>();
        for (Container g : e.containers("OrganisedCrimeGroup")) {
            if (force == null || g.force().equals(force)) {
                entries.add(threat(e, g));
            }
        }
        entries.sort(Comparator.comparingDouble(ThreatSeen::score).reversed().thenComparing(t -> t.ocg().key()));
        return IntStream.range(0, entries.size()).mapToObj(i -> entries.get(i).ranked(i + 1)).toList();
    }

    private static ThreatSeen threat(MatrixExpectation e, Container g) {
        List<String> members = e.recordsOfForce(g.force()).stream().map(Rec::personId).distinct().toList();
        List<Rec> records = e.records().stream().filter(r -> members.contains(r.personId())).toList();
        List<Offence> offences = MatrixOffences.OFFENCES.stream()
                .filter(o -> e.sees(o) && o.involvement().equals("SUSPECT") && records.contains(o.record())).toList();
        Offence gravest = offences.stream().max(Comparator.comparingInt(Offence::gravity)).orElse(null);
        LocalDate latest = offences.stream().map(Offence::date).max(Comparator.naturalOrder()).orElse(null);
        boolean reachable = records.stream().anyMatch(r -> !e.hidesIdentityOf(r.personId()));
        List<Rec> victims = reachable ? e.contactRecords().stream()
                .filter(v -> !members.contains(v.personId()) && isVictim(e, v)).toList() : List.of();
        long forces = records.stream().map(Rec::force).distinct().count();
        int adverts = reachable ? e.containers("Advert").size() : 0;
        List<ComponentSeen> components = List.of(
                new ComponentSeen("harm", round(0.5 * (gravest == null ? 0 : gravest.gravity()) / 10.0
                        + 0.25 * sat(persons(victims, v -> true), 5)
                        + 0.25 * sat(persons(victims, v -> v.flags().contains("MISSING"))
                        + persons(victims, v -> v.flags().contains("SAFEGUARDING_REFERRAL")), 3)), 0.4,
                        gravest == null ? "none" : gravest.key()),
                new ComponentSeen("reach", round(0.6 * sat(forces - 1, 3)), 0.2, forces + " forces"),
                new ComponentSeen("capability", round(0.4 * sat(members.size(), 10) + 0.2 * sat(1, 3)
                        + 0.2 * sat(adverts, 5) + 0.2 * sat(reachable ? 1 : 0, 8)), 0.2,
                        "min(1, " + members.size() + " persons/10) + 0.2 x min(1, 1 roles/3) + 0.2 x min(1, " + adverts
                                + " adverts/5)"),
                new ComponentSeen("recency", latest == null ? 0 : round(ExpectedProfiles.halfLife(latest,
                        ExpectedProfiles.AS_OF)), 0.2, latest == null ? "No dated" : latest.toString()));
        double score = Math.round(100_000 * components.stream().mapToDouble(c -> c.value() * c.weight()).sum()) / 1000.0;
        return new ThreatSeen(0, score, components, new Keyed(g.key()));
    }

    /** Flagged VICTIM, or the victim of an offence the caller may see. */
    private static boolean isVictim(MatrixExpectation e, Rec v) {
        return v.flags().contains("VICTIM") || MatrixOffences.OFFENCES.stream()
                .anyMatch(o -> e.sees(o) && o.involvement().equals("VICTIM") && o.record().equals(v));
    }

    private static long persons(List<Rec> victimRecords, Predicate<Rec> which) {
        return victimRecords.stream().filter(which).map(Rec::personId).distinct().count();
    }

    private static double sat(long n, int at) {
        return Math.min(1.0, Math.max(0, n) / (double) at);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
