package uk.toex.crosslink.resolution.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An identity document normalised to its key {@code TYPE:NUMBER}: the type one of the contract's, the number upper
 * case without spaces, dashes, dots or slashes ({@code passport: 12 345-678} to
 * {@code PASSPORT:12345678}). A number given without a type is {@code OTHER}.
 */
public record DocumentKey(String type, String number) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-./]");

    public static final Set<String> TYPES = Set.of("PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "NINO", "PNC", "OTHER");

    public static Optional<DocumentKey> parse(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        int colon = recorded.indexOf(':');
        String type = colon < 0 ? "OTHER" : recorded.substring(0, colon).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (type.equals("DRIVING_LICENSE")) {
            type = "DRIVING_LICENCE";
        }
        if (!TYPES.contains(type)) {
            type = "OTHER";
        }
        String number = SEPARATORS.matcher(recorded.substring(colon + 1).toUpperCase(Locale.ROOT)).replaceAll("");
        return number.isEmpty() ? Optional.empty() : Optional.of(new DocumentKey(type, number));
    }

    /** The {@code IdDocument} node key of docs/MODEL.md. */
    public String key() {
        return type + ":" + number;
    }

    /** Only these types can prove two records are different people when the numbers differ. */
    public boolean unique() {
        return !type.equals("OTHER");
    }
}
