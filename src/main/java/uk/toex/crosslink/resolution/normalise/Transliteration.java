package uk.toex.crosslink.resolution.normalise;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Any script to Latin with ICU4J. Bulgarian Cyrillic uses ICU's {@code Bulgarian-Latin/BGN}
 * rules (Щ is {@code sht}, not the Russian {@code shch}); other scripts use {@code Any-Latin}.
 * Results are cached: the same names recur across millions of records.
 */
public final class Transliteration {

    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; NFC"));
    private static final ThreadLocal<Transliterator> BULGARIAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Bulgarian-Latin/BGN; Any-Latin; NFC"));
    private static final ThreadLocal<Transliterator> FOLD =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final int CACHE_LIMIT = 1_000_000;
    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();
    private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

    private Transliteration() {
    }

    /** Latin letters, diacritics kept, lower case; Romanian cedilla forms become comma-below. */
    public static String toLatin(String text, boolean bulgarian) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String cacheKey = bulgarian ? "\u0001" + text : text;
        String cached = LATIN.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String canonical = romanianCommaBelow(NFC.normalize(text));
        String latin = needsScriptConversion(canonical)
                ? (bulgarian ? BULGARIAN : ANY).get().transliterate(canonical) : canonical;
        // soft and hard signs romanise to prime marks that are not letters of a name
        String result = latin.replace("\u02B9", "").replace("\u02BA", "").replace("\u02BC", "").toLowerCase(Locale.ROOT);
        if (LATIN.size() < CACHE_LIMIT) {
            LATIN.put(cacheKey, result);
        }
        return result;
    }

    /** {@link #toLatin} then diacritics folded to plain ASCII ({@code rézműves} to {@code rezmuves}). */
    public static String toAscii(String text, boolean bulgarian) {
        String latin = toLatin(text, bulgarian);
        if (isAscii(latin)) {
            return latin;
        }
        String cached = ASCII.get(latin);
        if (cached != null) {
            return cached;
        }
        String folded = FOLD.get().transliterate(latin).toLowerCase(Locale.ROOT);
        if (ASCII.size() < CACHE_LIMIT) {
            ASCII.put(latin, folded);
        }
        return folded;
    }

    /** Ş ş Ţ ţ (cedilla, legacy encodings) and Ș ș Ț ț (comma below) are the same Romanian letters. */
    static String romanianCommaBelow(String text) {
        return text.replace('\u015E', '\u0218').replace('\u015F', '\u0219')
                .replace('\u0162', '\u021A').replace('\u0163', '\u021B');
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsScriptConversion(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0370 && Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return true;
            }
        }
        return false;
    }
}
