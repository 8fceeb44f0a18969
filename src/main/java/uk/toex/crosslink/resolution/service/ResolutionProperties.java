package uk.toex.crosslink.resolution.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import java.util.List;
import uk.toex.crosslink.resolution.engine.EngineSettings;
import uk.toex.crosslink.resolution.engine.ExtraComparison;

/**
 * The engine settings of {@code resolve} and incremental placement, as configuration properties
 * ({@code crosslink.resolution.*} in application.yml or {@code --crosslink.resolution.link-probability=0.95}).
 * Defaults and their meaning: docs/RESOLUTION.md, "Settings". The trained model is not a setting:
 * it is kept in the store and reused until {@code resolve --retrain} (or the data doubles).
 *
 * @param linkProbability a pair at or above this calibrated probability may join two clusters (the one threshold)
 * @param reviewLow       pairs from here up to {@code reviewHigh} become review items
 * @param reviewHigh      upper end of the uncertain band
 * @param supportBits     two clusters merge only if the pairs across them average at least this log-odds
 * @param blockCap        blocks with more records are not compared in full; finer keys split them
 * @param threads         worker threads
 * @param extraComparisons columns of persons.csv outside the contract compared as features, each
 *                        {@code column:kind} (kind: exact, text, identifier, date), e.g.
 *                        {@code --crosslink.resolution.extra-comparisons=placeOfBirth:text,warrantNo:identifier}
 */
@ConfigurationProperties("crosslink.resolution")
public record ResolutionProperties(@DefaultValue("0.9") double linkProbability, @DefaultValue("0.3") double reviewLow,
                                   @DefaultValue("0.95") double reviewHigh, @DefaultValue("0") double supportBits,
                                   @DefaultValue("400") int blockCap, @DefaultValue("2") int threads,
                                   @DefaultValue("") List<String> extraComparisons) {

    /** Refuses a bad extra comparison at start-up, naming the entry. */
    public ResolutionProperties {
        extras(extraComparisons);
    }

    public EngineSettings engineSettings() {
        return new EngineSettings(linkProbability, reviewLow, reviewHigh, supportBits, blockCap, threads,
                extras(extraComparisons));
    }

    /** The configured extra comparisons. */
    public List<ExtraComparison> extras() {
        return extras(extraComparisons);
    }

    private static List<ExtraComparison> extras(List<String> entries) {
        try {
            return ExtraComparison.parse(entries);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("crosslink.resolution.extra-comparisons: " + e.getMessage(), e);
        }
    }
}
