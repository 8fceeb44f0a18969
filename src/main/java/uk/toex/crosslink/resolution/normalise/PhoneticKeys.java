package uk.toex.crosslink.resolution.normalise;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Phonetic keys of a folded name part: Beider-Morse (approximate, generic names; built for the
 * Central and Eastern European family names this service sees) as the main family-name key and
 * Double Metaphone as a second, cheap key. Beider-Morse is slow, so its codes are cached.
 */
public final class PhoneticKeys {

    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, true);
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);
    private static final Map<String, Set<String>> BM_CACHE = new ConcurrentHashMap<>();

    private PhoneticKeys() {
    }

    /** Beider-Morse alternatives of one part ({@code nagy} to {nagi, nat, nogi, not}). */
    public static Set<String> beiderMorse(String foldedPart) {
        if (foldedPart.isEmpty()) {
            return Set.of();
        }
        Set<String> cached = BM_CACHE.get(foldedPart);
        if (cached != null) {
            return cached;
        }
        Set<String> codes = Set.of(BEIDER_MORSE.encode(foldedPart).split("\\|"));
        if (BM_CACHE.size() < 500_000) {
            BM_CACHE.put(foldedPart, codes);
        }
        return codes;
    }

    public static boolean beiderMorseOverlap(String a, String b) {
        Set<String> codesA = beiderMorse(a);
        for (String code : beiderMorse(b)) {
            if (codesA.contains(code)) {
                return true;
            }
        }
        return false;
    }

    /** Double Metaphone primary key ({@code smith} and {@code smyth} to {@code SM0}). */
    public static String metaphone(String foldedPart) {
        return METAPHONE.get().doubleMetaphone(foldedPart);
    }

    /** Double Metaphone alternate key (differs from the primary for ambiguous spellings). */
    public static String metaphoneAlternate(String foldedPart) {
        return METAPHONE.get().doubleMetaphone(foldedPart, true);
    }

    public static boolean metaphoneOverlap(String a, String b) {
        String pa = metaphone(a);
        String pb = metaphone(b);
        return !pa.isEmpty() && (pa.equals(pb) || pa.equals(metaphoneAlternate(b))
                || metaphoneAlternate(a).equals(pb));
    }
}
