package uk.toex.crosslink.resolution.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK postcodes in any spacing or case to the canonical {@code OUTWARD INWARD} form
 * ({@code nr12ab} to {@code NR1 2AB}). Anything that is not a UK postcode is kept upper-cased
 * with single spaces, so foreign postal codes still compare.
 */
public final class PostcodeNormaliser {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern UK = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");

    private PostcodeNormaliser() {
    }

    public static Optional<String> normalise(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        String compact = NOT_ALPHANUMERIC.matcher(recorded.toUpperCase(Locale.ROOT)).replaceAll("");
        var m = UK.matcher(compact);
        if (m.matches()) {
            return Optional.of(m.group(1) + " " + m.group(2));
        }
        return Optional.of(SPACES.matcher(recorded.strip().toUpperCase(Locale.ROOT)).replaceAll(" "));
    }

    /** The outward code ({@code NR1}) of a UK postcode, for coarse blocking and area counts. */
    public static Optional<String> outward(String recorded) {
        return normalise(recorded).filter(p -> p.indexOf(' ') > 0).map(p -> p.substring(0, p.indexOf(' ')));
    }
}
