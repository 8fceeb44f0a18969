package uk.toex.crosslink.resolution.normalise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Nationality as recorded (alpha-2, alpha-3, country name or demonym) to ISO 3166-1 alpha-2. */
public final class CountryNormaliser {

    // compiled once: these run for every record of a million-record run
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Z ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> CODES = build();

    private CountryNormaliser() {
    }

    public static Optional<String> alpha2(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return Optional.empty();
        }
        String key = SPACES.matcher(NOT_LETTER.matcher(recorded.strip().toUpperCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
        return Optional.ofNullable(CODES.get(key));
    }

    private static Map<String, String> build() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            codes.put(alpha2, alpha2);
            codes.put(country.getISO3Country(), alpha2);
            codes.put(NOT_LETTER.matcher(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT)).replaceAll(""), alpha2);
        }
        String[][] extra = {{"UK", "GB"}, {"BRITISH", "GB"}, {"ENGLISH", "GB"}, {"SCOTTISH", "GB"}, {"WELSH", "GB"},
            {"GREAT BRITAIN", "GB"}, {"ENGLAND", "GB"}, {"HUNGARIAN", "HU"}, {"ROMANIAN", "RO"}, {"BULGARIAN", "BG"},
            {"POLISH", "PL"}, {"ALBANIAN", "AL"}, {"VIETNAMESE", "VN"}, {"LITHUANIAN", "LT"}, {"LATVIAN", "LV"},
            {"SLOVAK", "SK"}, {"CZECH", "CZ"}, {"UKRAINIAN", "UA"}, {"RUSSIAN", "RU"}, {"NIGERIAN", "NG"},
            {"CHINESE", "CN"}, {"IRISH", "IE"}, {"ERITREAN", "ER"}, {"SUDANESE", "SD"}, {"AFGHAN", "AF"},
            {"IRANIAN", "IR"}, {"IRAQI", "IQ"}, {"SYRIAN", "SY"}, {"INDIAN", "IN"}, {"PAKISTANI", "PK"},
            {"MOLDOVAN", "MD"}, {"SERBIAN", "RS"}, {"GREEK", "GR"}, {"TURKISH", "TR"}, {"KOSOVAN", "XK"},
            {"KOSOVO", "XK"}, {"XKX", "XK"}, {"PORTUGUESE", "PT"}, {"SPANISH", "ES"}, {"ITALIAN", "IT"},
            {"FRENCH", "FR"}, {"GERMAN", "DE"}, {"DUTCH", "NL"}};
        for (String[] pair : extra) {
            codes.put(pair[0], pair[1]);
        }
        return Map.copyOf(codes);
    }
}
