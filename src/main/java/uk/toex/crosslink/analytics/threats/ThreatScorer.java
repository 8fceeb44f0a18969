package uk.toex.crosslink.analytics.threats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.analytics.AnalyticsProperties;
import uk.toex.crosslink.analytics.Decay;
import uk.toex.crosslink.analytics.ScoreComponent;

/**
 * The MoRiLE-style threat score's four components (formulas and rationale in docs/ANALYTICS.md):
 * harm (gravity, victims, vulnerable victims and safeguarding), reach (forces and nationalities),
 * capability (size, roles, adverts, phones) and recency; each saturates at a documented count.
 */
@Component
class ThreatScorer {

    private final AnalyticsProperties properties;
    private final AnalyticsProperties.Threats settings;

    ThreatScorer(AnalyticsProperties properties) {
        this.properties = properties;
        this.settings = properties.threats();
    }

    List<ScoreComponent> components(ThreatFacts f) {
        return List.of(harm(f), reach(f), capability(f), recency(f));
    }

    private ScoreComponent harm(ThreatFacts f) {
        double value = 0.5 * f.gravest() / 10.0 + 0.25 * sat(f.victims(), 5) + 0.25 * sat(f.vulnerable() + f.safeguarding(), 3);
        return new ScoreComponent("harm", round(value), settings.harmWeight(), String.format(Locale.ROOT,
                "0.5 x gravest offence %s/10 + 0.25 x min(1, %d victims/5) + 0.25 x min(1, (%d missing + %d safeguarding)/3).",
                f.gravestLine(), f.victims(), f.vulnerable(), f.safeguarding()));
    }

    private ScoreComponent reach(ThreatFacts f) {
        double value = 0.6 * sat(f.forces() - 1, 3) + 0.4 * sat(f.nationalities() - 1, 3);
        return new ScoreComponent("reach", round(value), settings.reachWeight(), String.format(Locale.ROOT,
                "0.6 x min(1, (%d forces - 1)/3) + 0.4 x min(1, (%d nationalities - 1)/3).", f.forces(), f.nationalities()));
    }

    private ScoreComponent capability(ThreatFacts f) {
        double value = 0.4 * sat(f.size(), 10) + 0.2 * sat(f.roles(), 3) + 0.2 * sat(f.adverts(), 5) + 0.2 * sat(f.phones(), 8);
        return new ScoreComponent("capability", round(value), settings.capabilityWeight(), String.format(Locale.ROOT,
                "0.4 x min(1, %d persons/10) + 0.2 x min(1, %d roles/3) + 0.2 x min(1, %d adverts/5) + 0.2 x min(1, %d phones/8).",
                f.size(), f.roles(), f.adverts(), f.phones()));
    }

    private ScoreComponent recency(ThreatFacts f) {
        LocalDate today = properties.today();
        double value = Decay.of(f.latest(), today, settings.halfLife());
        String line = f.latest() == null ? "No dated offence or advert."
                : String.format(Locale.ROOT, "Latest offence or advert %s, %d days before %s; halves every %d days.",
                f.latest(), Decay.daysBetween(f.latest(), today), today, settings.halfLife().toDays());
        return new ScoreComponent("recency", round(value), settings.recencyWeight(), line);
    }

    private static double sat(int n, int at) {
        return Math.min(1.0, Math.max(0, n) / (double) at);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
