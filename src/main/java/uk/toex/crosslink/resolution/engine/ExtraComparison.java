package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column of persons.csv outside the contract that a deployment compares as one more feature
 * (configured as {@code column:kind}, e.g. {@code placeOfBirth:text}). Ingest keeps such a column as
 * the record's {@code extra.<column>} property; the column is matched case-insensitively, as
 * header names are, and is known to the model by its lower-case name.
 */
public record ExtraComparison(String column, ExtraKind kind) {

    /** Columns of the contract and labels of built-in features: never an extra comparison. */
    private static final Set<String> RESERVED = Set.of("record_id", "given_names", "family_name", "aliases", "dob",
            "gender", "nationality", "phones", "emails", "address", "postcode", "id_documents", "givennames",
            "familyname", "iddocuments", "prior", "contradiction");

    public ExtraComparison {
        column = column.strip().toLowerCase(Locale.ROOT);
        if (!column.matches("[a-z0-9_.-]{1,64}") || RESERVED.contains(column)) {
            throw new IllegalArgumentException("extra comparison column '" + column
                    + "' must be a persons.csv column outside the contract (letters, digits, _ . -)");
        }
    }

    /** The model's and the explanation's name for the feature. */
    public String label() {
        return "extra." + column;
    }

    /** Parses {@code column:kind} entries (kind: exact, text, identifier, date); a bad entry is refused, naming it. */
    public static List<ExtraComparison> parse(List<String> entries) {
        List<ExtraComparison> out = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("extra comparison '" + entry + "': expected column:kind, kind one of "
                        + List.of(ExtraKind.values()).toString().toLowerCase(Locale.ROOT));
            }
            ExtraKind kind;
            try {
                kind = ExtraKind.valueOf(entry.substring(colon + 1).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("extra comparison '" + entry + "': unknown kind, expected one of "
                        + List.of(ExtraKind.values()).toString().toLowerCase(Locale.ROOT), e);
            }
            ExtraComparison extra = new ExtraComparison(entry.substring(0, colon), kind);
            if (out.stream().anyMatch(e -> e.column().equals(extra.column()))) {
                throw new IllegalArgumentException("extra comparison '" + entry + "': column named twice");
            }
            out.add(extra);
        }
        return List.copyOf(out);
    }

    /** The form {@link #parse} reads. */
    @Override
    public String toString() {
        return column + ":" + kind.name().toLowerCase(Locale.ROOT);
    }
}
