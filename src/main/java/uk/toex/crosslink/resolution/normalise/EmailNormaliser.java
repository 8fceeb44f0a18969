package uk.toex.crosslink.resolution.normalise;

import java.util.Locale;
import java.util.Optional;

/** Email addresses trimmed and lower-cased; text without a single {@code @} is not an address. */
public final class EmailNormaliser {

    private EmailNormaliser() {
    }

    public static Optional<String> normalise(String recorded) {
        if (recorded == null) {
            return Optional.empty();
        }
        String email = recorded.strip().toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.contains(" ")) {
            return Optional.empty();
        }
        return Optional.of(email);
    }
}
