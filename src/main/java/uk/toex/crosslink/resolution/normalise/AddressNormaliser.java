package uk.toex.crosslink.resolution.normalise;

import java.util.Optional;

/**
 * The {@code Address} key of docs/MODEL.md: normalised postcode, {@code |}, house number and
 * street words ({@code NR1 2AB|12 salhouse road}); the postcode alone when there is no line.
 */
public final class AddressNormaliser {

    private AddressNormaliser() {
    }

    public static Optional<String> key(String line, String postcode) {
        Optional<String> code = PostcodeNormaliser.normalise(postcode);
        AddressLine parsed = AddressLine.parse(line);
        if (code.isEmpty() && parsed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(code.orElse("") + "|" + parsed.canonical());
    }
}
