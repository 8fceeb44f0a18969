package uk.toex.crosslink.resolution.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key of a resolved {@code Address}: normalised postcode, {@code |}, then the house part of
 * the line as upper-case tokens ({@code NR1 2AB|12 SALHOUSE ROAD}). With a postcode only the
 * segments up to the one that starts with a house number count (the town adds nothing); without
 * one every segment counts, so towns keep apart. A postcode with no line is the key on its own.
 */
public final class AddressKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("RD", "ROAD"), Map.entry("ST", "STREET"), Map.entry("AVE", "AVENUE"),
            Map.entry("AV", "AVENUE"), Map.entry("LN", "LANE"), Map.entry("CL", "CLOSE"),
            Map.entry("CRES", "CRESCENT"), Map.entry("DR", "DRIVE"), Map.entry("GDNS", "GARDENS"),
            Map.entry("PL", "PLACE"), Map.entry("SQ", "SQUARE"), Map.entry("CT", "COURT"),
            Map.entry("TER", "TERRACE"), Map.entry("TCE", "TERRACE"));

    private AddressKey() {
    }

    /** @param line free text, segments separated by commas; either argument may be null */
    public static Optional<String> of(String line, String postcode) {
        Optional<String> code = PostcodeNormaliser.normalise(postcode);
        String tokens = houseTokens(line, code.isPresent());
        if (tokens.isEmpty()) {
            return code;
        }
        return Optional.of(code.orElse("") + "|" + tokens);
    }

    private static String houseTokens(String line, boolean hasPostcode) {
        if (line == null || line.isBlank()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String segment : line.split(",")) {
            String tokens = tokens(segment);
            if (tokens.isEmpty()) {
                continue;
            }
            kept.add(tokens);
            if (hasPostcode && Character.isDigit(tokens.charAt(0))) {
                break;
            }
        }
        if (hasPostcode && kept.stream().noneMatch(t -> Character.isDigit(t.charAt(0))) && !kept.isEmpty()) {
            return kept.get(0);
        }
        return String.join(" ", kept);
    }

    private static String tokens(String segment) {
        String plain = MARKS.matcher(Normalizer.normalize(segment, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String token : NOT_WORD.split(plain.toUpperCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                out.add(ABBREVIATIONS.getOrDefault(token, token));
            }
        }
        return String.join(" ", out);
    }
}
