package uk.toex.crosslink.resolution.normalise;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether Cyrillic text is Bulgarian, so it gets Bulgarian rather than Russian
 * romanisation: a Bulgarian nationality says so; otherwise the letters do (ъ inside a word is
 * common in Bulgarian, ы э ё and Ukrainian і ї є ґ never occur in it).
 */
public final class ScriptHints {

    private static final Set<String> BULGARIA = Set.of("BG", "BGR", "BULGARIA", "BULGARIAN");

    private ScriptHints() {
    }

    public static boolean isBulgarian(String text, String nationality) {
        if (nationality != null && BULGARIA.contains(nationality.strip().toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean cyrillic = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ("ыэёіїєґў".indexOf(c) >= 0) {
                return false;
            }
            cyrillic |= Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
        }
        return cyrillic && hasHardSignInsideWord(lower);
    }

    private static boolean hasHardSignInsideWord(String lower) {
        for (int i = 0; i + 1 < lower.length(); i++) {
            if (lower.charAt(i) == 'ъ' && Character.isLetter(lower.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
