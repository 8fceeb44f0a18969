package uk.toex.crosslink.resolution.engine;

/**
 * The engine's knobs. Probabilities are posterior match probabilities of a pair.
 *
 * @param linkProbability a pair at or above this may join two clusters
 * @param reviewLow       pairs from here up to {@code reviewHigh} are uncertain: review items
 * @param reviewHigh      upper end of the uncertain band
 * @param supportBits     two clusters merge only if their records' pairs average at least this log-odds
 * @param blockCap        blocks with more records are skipped (and logged)
 * @param threads         worker threads (the machine has two cores)
 * @param extras          the deployment's extra columns compared as features (none by default)
 */
public record EngineSettings(double linkProbability, double reviewLow, double reviewHigh, double supportBits,
                             int blockCap, int threads, java.util.List<ExtraComparison> extras) {

    public EngineSettings {
        extras = extras == null ? java.util.List.of() : java.util.List.copyOf(extras);
    }

    public EngineSettings(double linkProbability, double reviewLow, double reviewHigh, double supportBits, int blockCap,
                          int threads) {
        this(linkProbability, reviewLow, reviewHigh, supportBits, blockCap, threads, java.util.List.of());
    }

    public static EngineSettings defaults() {
        return new EngineSettings(0.9, 0.3, 0.95, 0.0, 400, 2);
    }

    /** The same settings comparing these extra columns too. */
    public EngineSettings withExtras(java.util.List<ExtraComparison> extraComparisons) {
        return new EngineSettings(linkProbability, reviewLow, reviewHigh, supportBits, blockCap, threads, extraComparisons);
    }

    double linkBits() {
        return Scorer.bits(linkProbability);
    }
}
