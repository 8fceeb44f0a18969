package uk.toex.crosslink.demo.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Latin spellings a Cyrillic name gets in other people's records: the official national
 * transliteration first (Bulgarian Streamlined System, Ukrainian national, Russian passport style),
 * then the scholarly (Žekov), anglicised (Ivanoff, Iordan) and German/Polish (Iwanow) renderings seen
 * on foreign documents and in UK systems.
 */
public final class CyrillicSpellings {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<Character, String> RUSSIAN = table(
            "а=a б=b в=v г=g д=d е=e ё=yo ж=zh з=z и=i й=y к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ф=f "
                    + "х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=yu я=ya і=i ї=yi є=ye ґ=g");
    private static final Map<Character, String> BULGARIAN = overlay(RUSSIAN, "х=h щ=sht ъ=a ь=y");
    private static final Map<Character, String> UKRAINIAN = overlay(RUSSIAN, "г=h и=y");
    private static final String SCHOLARLY = "ж=ž ш=š ч=č ц=c щ=šč й=j ю=ju я=ja х=h ё=ë є=je ї=ji";
    private static final String ANGLO = "й=i ю=iu я=ia ж=j х=h ъ=u";
    private static final String GERMANIC = "в=w ж=sh ш=sch ч=tsch ц=z й=j ю=ju я=ja х=ch щ=scht";

    private CyrillicSpellings() {
    }

    /** Distinct Latin spellings of {@code name}, the official one first. */
    public static List<String> of(Population population, String name) {
        return CACHE.computeIfAbsent(population.name() + ":" + name, key -> spell(population, name));
    }

    private static List<String> spell(Population population, String name) {
        Map<Character, String> base = switch (population) {
            case BULGARIAN -> BULGARIAN;
            case UKRAINIAN -> UKRAINIAN;
            default -> RUSSIAN;
        };
        List<String> spellings = new ArrayList<>();
        String official = convert(name, base);
        if (population == Population.BULGARIAN && official.endsWith("iya")) {
            official = official.substring(0, official.length() - 3) + "ia"; // Мария → Maria, by the Bulgarian rule
        }
        add(spellings, official);
        Map<Character, String> scholarly = overlay(base, SCHOLARLY);
        if (population == Population.BULGARIAN) {
            scholarly = overlay(scholarly, "щ=št ъ=ă");
        }
        add(spellings, convert(name, scholarly));
        add(spellings, anglicise(convert(name, overlay(base, ANGLO))));
        add(spellings, convert(name, overlay(base, GERMANIC)));
        return List.copyOf(spellings);
    }

    private static String anglicise(String name) {
        if (name.endsWith("ov") || name.endsWith("ev")) {
            return name.substring(0, name.length() - 1) + "ff";
        }
        return name;
    }

    private static void add(List<String> spellings, String spelling) {
        if (!spellings.contains(spelling)) {
            spellings.add(spelling);
        }
    }

    private static String convert(String name, Map<Character, String> table) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = table.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c != lower && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    private static Map<Character, String> table(String pairs) {
        Map<Character, String> map = new HashMap<>();
        for (String pair : pairs.split(" ")) {
            int eq = pair.indexOf('=');
            map.put(pair.charAt(0), pair.substring(eq + 1));
        }
        return map;
    }

    private static Map<Character, String> overlay(Map<Character, String> base, String pairs) {
        Map<Character, String> map = new HashMap<>(base);
        map.putAll(table(pairs));
        return map;
    }
}
