package uk.toex.crosslink.graph;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.toex.crosslink.security.Redaction;

/**
 * A person's name for display, computed from the records one caller may see (never stored, so a
 * caller cannot learn a name from a record they may not see): the name the records most often
 * give, in Latin script when any record gives one, in record order on a tie; the redaction
 * marker when the records hide the person's identity from the caller.
 */
public final class DisplayName {

    public static final String UNNAMED = "(no name)";

    private DisplayName() {
    }

    public static String of(List<PersonRecord> records) {
        if (records.stream().anyMatch(PersonRecord::identityHidden)) {
            return Redaction.MARKER; // the person is protected from this caller: say so, give no name
        }
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        for (PersonRecord record : records) {
            String name = fullName(record);
            if (!name.isEmpty()) {
                spellings.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
            }
        }
        List<List<String>> groups = new ArrayList<>(spellings.values());
        return groups.stream()
                .sorted(Comparator.comparing((List<String> g) -> !isLatin(g.get(0)))
                        .thenComparing(g -> -g.size()))
                .findFirst()
                .map(DisplayName::bestSpelling)
                .orElse(UNNAMED);
    }

    private static String fullName(PersonRecord record) {
        String given = record.givenNames() == null ? "" : record.givenNames();
        String family = record.familyName() == null ? "" : record.familyName();
        return (given + " " + family).strip().replaceAll("\\s+", " ");
    }

    /** Prefer a spelling not typed in capitals; soften capitals otherwise ({@code LAKATOS} → {@code Lakatos}). */
    private static String bestSpelling(List<String> spellings) {
        String best = spellings.stream().filter(s -> !s.equals(s.toUpperCase(Locale.ROOT))).findFirst().orElse(spellings.get(0));
        return List.of(best.split(" ")).stream()
                .map(word -> word.length() > 1 && word.equals(UCharacter.toUpperCase(word)) ? UCharacter.toTitleCase(word, null) : word)
                .collect(Collectors.joining(" "));
    }

    private static boolean isLatin(String name) {
        return name.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
