package uk.toex.crosslink.demo.world;

import java.util.List;

/**
 * How one kind of source system records people, which shapes every record it holds: its extra
 * (non-contract) columns, its CSV layout quirks, its date pattern and how complete its data are.
 */
public enum SystemProfile {
    ATHENA(List.of("risk_score", "officer_notes"), Layout.PLAIN, null,
            new Habits(0.06, 0.03, 0.15, 0.20, 0.40, 0.90, 0.50)),
    NICHE(List.of("nominal_type", "warning_markers"), Layout.BOM_CRLF, null,
            new Habits(0.08, 0.05, 0.25, 0.20, 0.40, 0.85, 0.45)),
    STORM(List.of("incident_ref", "call_grade"), Layout.REORDERED, null,
            new Habits(0.45, 0.35, 0.30, 0.10, 0.05, 0.70, 0.20)),
    CONNECT(List.of("custody_ref", "officer_notes"), Layout.UPPER_HEADERS, "dd/MM/yyyy",
            new Habits(0.05, 0.02, 0.40, 0.15, 0.50, 0.90, 0.40)),
    INTEL(List.of("intel_grade", "source_ref"), Layout.PLAIN, null,
            new Habits(0.12, 0.02, 0.40, 0.50, 0.80, 0.60, 0.50)),
    PND(List.of("pnd_ref", "last_updated"), Layout.PLAIN, null,
            new Habits(0.02, 0.00, 0.90, 0.15, 0.70, 0.80, 0.15));

    /** CSV layout quirks, all within the contract: BOM and CRLF, column order, header case. */
    public enum Layout { PLAIN, BOM_CRLF, REORDERED, UPPER_HEADERS }

    /**
     * Probabilities per record: dob left empty, whole name in one field, family name in capitals,
     * a Cyrillic name kept in Cyrillic, identity documents recorded, address recorded, e-mail recorded.
     */
    public record Habits(double dobMissing, double singleNameField, double upperFamily, double keepCyrillic,
            double documents, double address, double email) {
    }

    private final List<String> extraColumns;
    private final Layout layout;
    private final String datePattern;
    private final Habits habits;

    SystemProfile(List<String> extraColumns, Layout layout, String datePattern, Habits habits) {
        this.extraColumns = extraColumns;
        this.layout = layout;
        this.datePattern = datePattern;
        this.habits = habits;
    }

    public List<String> extraColumns() {
        return extraColumns;
    }

    public Layout layout() {
        return layout;
    }

    /** The manifest's dateFormat, or null for ISO dates. */
    public String datePattern() {
        return datePattern;
    }

    public Habits habits() {
        return habits;
    }
}
