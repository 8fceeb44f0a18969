package uk.toex.crosslink.api;

import java.util.Locale;
import java.util.regex.Pattern;
import uk.toex.crosslink.graph.InvalidInputException;
import uk.toex.crosslink.resolution.normalise.PostcodeNormaliser;

/**
 * Validates and normalises the filter arguments of the top-level lists, so a bad value is a
 * BAD_REQUEST that names the argument and what it must be, never an empty list that looks
 * like an answer. Null means "not asked for" and stays null.
 */
final class ListArguments {

    private static final Pattern FORCE = Pattern.compile("[A-Z_]{2,32}");
    private static final int MAX_TEXT = 200;

    private ListArguments() {
    }

    /** A force code as the ingest contract writes it ({@code [A-Z_]{2,32}}), upper-cased. */
    static String force(String force) {
        if (force == null) {
            return null;
        }
        String code = force.strip().toUpperCase(Locale.ROOT);
        if (!FORCE.matcher(code).matches()) {
            throw new InvalidInputException("force must be a force code of 2 to 32 letters or underscores, e.g. NORFOLK");
        }
        return code;
    }

    /** The postcode in the one normalised form the graph keeps ({@code PostcodeNormaliser}). */
    static String postcode(String postcode) {
        if (postcode == null) {
            return null;
        }
        return PostcodeNormaliser.normalise(text("postcode", postcode))
                .orElseThrow(() -> new InvalidInputException("postcode must not be blank"));
    }

    /** Free text compared as received (site, category): not blank, not absurdly long. */
    static String text(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_TEXT) {
            throw new InvalidInputException(name + " must be between 1 and " + MAX_TEXT + " characters, not blank");
        }
        return value.strip();
    }

    /** Offence gravity runs from 1 to 10 (ingest contract). */
    static Integer gravity(String name, Integer gravity) {
        if (gravity != null && (gravity < 1 || gravity > 10)) {
            throw new InvalidInputException(name + " must be between 1 and 10");
        }
        return gravity;
    }
}
