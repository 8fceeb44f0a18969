package uk.toex.crosslink.analytics;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the analytics products ({@code crosslink.analytics.*}); each one's meaning and
 * rationale is in docs/ANALYTICS.md. Defaults live here so that a missing setting never changes a score silently.
 *
 * @param asOf the day scores are computed for (recency counts back from it); today when absent
 */
@ConfigurationProperties("crosslink.analytics")
public record AnalyticsProperties(LocalDate asOf, @DefaultValue Profiles profiles, @DefaultValue Groups groups,
                                  @DefaultValue Threats threats) {

    public LocalDate today() {
        return asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC);
    }

    /**
     * Recency-frequency-gravity of force profiles.
     *
     * @param halfLife              time after the latest event at which recency has halved
     * @param window                events counted by frequency are those within this of {@code asOf}
     * @param frequencySaturation   events in the window at which frequency reaches one half ({@code n/(n+k)})
     * @param overrideRecordGravity when true the gravity table wins over a record's own gravity
     */
    public record Profiles(@DefaultValue("365d") Duration halfLife, @DefaultValue("1095d") Duration window,
                           @DefaultValue("2") double frequencySaturation,
                           @DefaultValue("false") boolean overrideRecordGravity,
                           @DefaultValue("1") double recencyWeight, @DefaultValue("1") double frequencyWeight,
                           @DefaultValue("2") double gravityWeight) {
    }

    /**
     * Community detection over the association graph.
     *
     * @param linkWeights   weight of one shared item per link kind (PHONE, EMAIL, DOCUMENT, ADDRESS, CALL, OFFENCE, ADVERT)
     * @param hubCap        an item shared by more persons than this glues nobody together (left out, reported)
     * @param minEdgeWeight pairs whose summed weight is below this are not linked
     * @param minSize       smallest group reported
     * @param minSuspects   members with a suspect flag or suspect involvement a group needs to be reported
     * @param splitAbove    connected components larger than this are split by modularity; smaller ones are one group
     */
    public record Groups(@DefaultValue Map<String, Double> linkWeights, @DefaultValue("12") int hubCap,
                         @DefaultValue("0.5") double minEdgeWeight, @DefaultValue("3") int minSize,
                         @DefaultValue("2") int minSuspects, @DefaultValue("12") int splitAbove) {

        private static final Map<String, Double> DEFAULT_WEIGHTS = Map.of("PHONE", 1.0, "EMAIL", 1.0,
                "DOCUMENT", 1.5, "ADDRESS", 0.4, "CALL", 0.8, "OFFENCE", 1.2, "ADVERT", 1.0);

        public double weight(String kind) {
            return linkWeights.getOrDefault(kind, DEFAULT_WEIGHTS.getOrDefault(kind, 0.0));
        }
    }

    /** MoRiLE-style threat score: weights of its four dimensions and the half-life of its recency. */
    public record Threats(@DefaultValue("0.4") double harmWeight, @DefaultValue("0.2") double reachWeight,
                          @DefaultValue("0.2") double capabilityWeight, @DefaultValue("0.2") double recencyWeight,
                          @DefaultValue("365d") Duration halfLife) {
    }
}
