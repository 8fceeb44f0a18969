package uk.toex.crosslink.demo.names;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import uk.toex.crosslink.demo.Dice;

/**
 * How diacritics get lost or changed on the way into a UK system: dropped (Rézműves → Rezmuves),
 * Romanian comma-below swapped for the cedilla of old code pages (Ștefan → Ştefan), Hungarian
 * double acute flattened (ő → ö, õ), German-style spelling (ö → oe), or only some of them dropped.
 */
public final class Diacritics {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Map<String, String> ASCII = new ConcurrentHashMap<>();
    private static final Pattern ROMANIAN = Pattern.compile("[șțȘȚşţŞŢ]");
    private static final Pattern DOUBLE_ACUTE = Pattern.compile("[őűŐŰ]");
    private static final Pattern UMLAUT = Pattern.compile("[öüäÖÜÄ]");

    private Diacritics() {
    }

    public static String strip(String text) {
        return ASCII.computeIfAbsent(text, t -> {
            synchronized (TO_ASCII) {
                return TO_ASCII.transliterate(t);
            }
        });
    }

    public static boolean present(String text) {
        return !strip(text).equals(text);
    }

    /** One realistic alteration of the diacritics in {@code text}; unchanged when it has none. */
    public static String vary(String text, Dice dice) {
        if (!present(text)) {
            return text;
        }
        if (ROMANIAN.matcher(text).find()) {
            return swapCommaAndCedilla(text);
        }
        if (DOUBLE_ACUTE.matcher(text).find() && dice.chance(0.6)) {
            String flat = dice.chance(0.7) ? "öüÖÜ" : "õûÕÛ";
            return text.replace('ő', flat.charAt(0)).replace('ű', flat.charAt(1))
                    .replace('Ő', flat.charAt(2)).replace('Ű', flat.charAt(3));
        }
        if (UMLAUT.matcher(text).find() && dice.chance(0.4)) {
            return text.replace("ö", "oe").replace("ü", "ue").replace("ä", "ae")
                    .replace("Ö", "Oe").replace("Ü", "Ue").replace("Ä", "Ae");
        }
        return stripSome(text, dice);
    }

    private static String swapCommaAndCedilla(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(switch (c) {
                case 'ș' -> 'ş';
                case 'ş' -> 'ș';
                case 'ț' -> 'ţ';
                case 'ţ' -> 'ț';
                case 'Ș' -> 'Ş';
                case 'Ş' -> 'Ș';
                case 'Ț' -> 'Ţ';
                case 'Ţ' -> 'Ț';
                default -> c;
            });
        }
        return out.toString();
    }

    private static String stripSome(String text, Dice dice) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            out.append(dice.chance(0.5) ? strip(c) : c);
        }
        return out.toString();
    }
}
