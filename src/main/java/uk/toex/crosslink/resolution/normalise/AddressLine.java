package uk.toex.crosslink.resolution.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of a free-text address line that identifies a dwelling: the house number and the
 * street's words ({@code "12 Salhouse Rd, Norwich"} to {@code 12} and {@code [salhouse, road]}),
 * abbreviations spelled out so that {@code Rd} and {@code Road} agree. Flat numbers stay in the
 * house number ({@code "Flat 3, 12 Salhouse Road"} to {@code 3/12}).
 */
public record AddressLine(String houseNumber, List<String> streetTokens) {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("rd", "road"), Map.entry("st", "street"), Map.entry("str", "street"),
            Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("ln", "lane"),
            Map.entry("cl", "close"), Map.entry("dr", "drive"), Map.entry("ct", "court"),
            Map.entry("sq", "square"), Map.entry("pl", "place"), Map.entry("cres", "crescent"),
            Map.entry("gdns", "gardens"), Map.entry("gr", "grove"), Map.entry("tce", "terrace"),
            Map.entry("pk", "park"), Map.entry("hse", "house"), Map.entry("blvd", "boulevard"));

    public static AddressLine parse(String line) {
        if (line == null || line.isBlank()) {
            return new AddressLine("", List.of());
        }
        String[] segments = Transliteration.toAscii(line, false).split(",");
        List<String> numbers = new ArrayList<>();
        List<String> street = new ArrayList<>();
        for (String segment : segments) {
            boolean streetOpen = street.isEmpty();
            for (String token : NOT_ALPHANUMERIC.split(segment.toLowerCase(Locale.ROOT))) {
                if (token.isEmpty() || token.equals("flat") || token.equals("apt") || token.equals("no")) {
                    continue;
                }
                if (Character.isDigit(token.charAt(0))) {
                    numbers.add(token);
                } else if (streetOpen) {
                    street.add(ABBREVIATIONS.getOrDefault(token, token));
                }
            }
            if (!street.isEmpty()) {
                break; // the rest is town and county
            }
        }
        return new AddressLine(String.join("/", numbers), List.copyOf(street));
    }

    public boolean isEmpty() {
        return houseNumber.isEmpty() && streetTokens.isEmpty();
    }

    /** {@code 12 salhouse road}: house number then street words, for keys and comparison. */
    public String canonical() {
        String streetText = String.join(" ", streetTokens);
        return houseNumber.isEmpty() ? streetText : (houseNumber + " " + streetText).strip();
    }
}
