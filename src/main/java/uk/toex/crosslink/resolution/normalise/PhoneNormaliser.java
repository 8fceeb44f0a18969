package uk.toex.crosslink.resolution.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as recorded ({@code 07700900123}, {@code 0044 7700 900 123}) to E.164 with
 * libphonenumber, GB the default region. A number libphonenumber cannot make sense of keeps
 * its digits behind {@code raw:} so it can still be matched exactly, never dropped.
 */
public final class PhoneNormaliser {

    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "GB";

    private PhoneNormaliser() {
    }

    /** Parsing costs microseconds and the same numbers recur in many records. */
    private static final java.util.Map<String, Optional<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 500_000;

    public static Optional<String> normalise(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        Optional<String> cached = CACHE.get(recorded);
        if (cached != null) {
            return cached;
        }
        Optional<String> result = parse(recorded);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(recorded, result);
        }
        return result;
    }

    private static Optional<String> parse(String recorded) {
        String text = recorded.strip();
        // "0044..." is an international prefix libphonenumber reads only with a region that dials 00.
        if (text.startsWith("00")) {
            text = "+" + text.substring(2);
        }
        try {
            PhoneNumber number = UTIL.parse(text, DEFAULT_REGION);
            if (UTIL.isPossibleNumber(number)) {
                return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // falls through to the digits-only key
        }
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        return digits.isEmpty() ? Optional.empty() : Optional.of("raw:" + digits);
    }
}
