package uk.toex.crosslink.resolution.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names as recorded to comparable parts: transliterated to Latin, diacritics folded, lower
 * case, punctuation dropped, split into parts ({@code "LAKATOS, Atila"} to {@code [lakatos, atila]}).
 * Parts are compared regardless of order elsewhere; this class only makes them.
 */
public final class NameNormaliser {

    /**
     * Titles, honorifics and generational suffixes: recognised and left out, never compared as
     * name parts ({@code Sir John Smith, 5th Bt.} is {@code john smith}). A word that is also a
     * common name ({@code Major}, {@code Earl}) is not listed.
     */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lady", "lord",
            "prof", "rev", "revd", "hon", "rt", "bt", "bart", "baronet", "esq", "jr", "sr", "jnr", "snr", "junior", "senior",
            "ii", "iii", "iv", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th");

    private NameNormaliser() {
    }

    /** A record's name fields as they are meant: family and given names. */
    public record Fields(String family, String given) {
    }

    /**
     * The whole name written into the family field as {@code FAMILY, Given} with no given name
     * recorded (a common way for one system to hold a name) is read as the two fields it stands for.
     */
    public static Fields fields(String family, String given) {
        int comma = family == null ? -1 : family.indexOf(',');
        if ((given == null || given.isBlank()) && comma > 0 && !family.substring(comma + 1).isBlank()) {
            return new Fields(family.substring(0, comma), family.substring(comma + 1));
        }
        return new Fields(family, given);
    }

    /** Parts folded to ASCII: the form used for equality, phonetics and blocking. */
    public static List<String> parts(String name, String nationality) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return split(Transliteration.toAscii(name, ScriptHints.isBulgarian(name, nationality)));
    }

    /** Parts in Latin script with diacritics kept: equal here means equal as written. */
    public static List<String> latinParts(String name, String nationality) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return split(Transliteration.toLatin(name, ScriptHints.isBulgarian(name, nationality)));
    }

    /** Parts of a name the way it was written, only case and Romanian letter forms unified. */
    public static List<String> writtenParts(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return split(Transliteration.romanianCommaBelow(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The consonants of a folded name part, in order, repeats and vowels (with {@code y} and
     * {@code w}, which stand for long vowels when Arabic is transliterated) dropped and {@code c}
     * and {@code q} read as {@code k}: {@code fysl} (فيصل after ICU) and {@code faisal} are both
     * {@code fsl}, {@code sdyqy} and {@code siddiqui} both {@code sdk}, {@code mhmd} and
     * {@code mohammed} both {@code mhmd}. Scripts written without short vowels then meet the
     * Latin spelling that has them.
     */
    public static String skeleton(String foldedPart) {
        StringBuilder out = new StringBuilder(foldedPart.length());
        for (int i = 0; i < foldedPart.length(); i++) {
            char c = foldedPart.charAt(i);
            if ("aeiouyw".indexOf(c) >= 0) {
                continue;
            }
            char k = c == 'c' || c == 'q' ? 'k' : c;
            if (out.length() == 0 || out.charAt(out.length() - 1) != k) {
                out.append(k);
            }
        }
        return out.toString();
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>(4);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                current.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '`' || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // O'Brien is one part, obrien
            } else {
                flush(current, parts);
            }
        }
        flush(current, parts);
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (current.length() > 0) {
            String part = current.toString();
            if (!TITLES.contains(part)) {
                parts.add(part);
            }
            current.setLength(0);
        }
    }
}
