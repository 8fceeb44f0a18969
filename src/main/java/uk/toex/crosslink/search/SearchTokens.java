package uk.toex.crosslink.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.normalise.DateOfBirth;
import uk.toex.crosslink.resolution.normalise.NameNormaliser;
import uk.toex.crosslink.resolution.normalise.Nicknames;
import uk.toex.crosslink.resolution.normalise.PhoneticKeys;

/**
 * The words a person record is found by in the {@code person_record_search} full-text index,
 * made by resolution's own normalisers (so search and resolution read a name the same way): each
 * name part folded to ASCII in any script ({@code стоянов} is {@code stoyanov}), its Double
 * Metaphone codes ({@code mSTNF}), its nickname groups ({@code n12}), its consonant skeleton
 * ({@code kfsl}, so an Arabic name written without vowels is found by its Latin spelling), the birth year
 * ({@code y1984}) and the full date ({@code d19840307}). Only candidates come from here; the
 * ranking is resolution's scorer.
 */
public final class SearchTokens {

    /** Raised whenever the words change, so the indexer rewrites every record's words. */
    public static final int VERSION = 2;

    private SearchTokens() {
    }

    /** The words a record is indexed under, space-separated (the index's analyzer splits on spaces). */
    public static String of(PersonInput r) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names(r)) {
            for (String part : NameNormaliser.parts(name, r.nationality())) {
                words.add(part);
                words.addAll(sounds(part));
            }
        }
        words.addAll(dateWords(r.dob()));
        return String.join(" ", words);
    }

    /**
     * A Lucene query over the same words for a searched name and date of birth: each folded part
     * exactly, with its sounds and nickname groups, and the date's words boosted, so records born
     * then rank first among the candidates. No fuzzy terms: over millions of words a fuzzy term's
     * expansion cost most of a search (docs/BENCHMARKS.md, "searchPersons at 1M (issue 9), session 7");
     * {@link #query(String, String, Set)} adds them for the parts this query found nowhere.
     */
    public static String query(String name, String dob) {
        return query(name, dob, Set.of());
    }

    /**
     * The same query with the searched parts in {@code misspelt} also matched fuzzily (one edit
     * from 4 letters, two from 7): a typo the sounds do not absorb ({@code stoyavon}) still finds
     * {@code stoyanov}.
     */
    public static String query(String name, String dob, Set<String> misspelt) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : NameNormaliser.parts(name, null)) {
            terms.add(part);
            int edits = fuzzyEdits(part);
            if (edits > 0 && misspelt.contains(part)) {
                terms.add(part + "~" + edits);
            }
            terms.addAll(sounds(part));
        }
        List<String> dates = dateWords(dob);
        for (int i = 0; i < dates.size(); i++) {
            terms.add(dates.get(i) + "^" + (i + 2));
        }
        return String.join(" ", terms);
    }

    /**
     * The searched name's parts long enough to match fuzzily that no record's words in
     * {@code found} (each a record's {@code searchText}) hold exactly: the parts worth a second,
     * fuzzy query. Empty when every part was found as written, which is the usual case.
     */
    public static Set<String> unmatchedParts(String name, List<String> found) {
        Set<String> missing = new LinkedHashSet<>();
        for (String part : NameNormaliser.parts(name, null)) {
            if (fuzzyEdits(part) > 0) {
                missing.add(part);
            }
        }
        for (String text : found) {
            if (missing.isEmpty()) {
                break;
            }
            if (text != null) {
                missing.removeAll(Arrays.asList(text.split(" ")));
            }
        }
        return missing;
    }

    private static int fuzzyEdits(String part) {
        return part.length() >= 7 ? 2 : part.length() >= 4 ? 1 : 0;
    }

    private static List<String> sounds(String part) {
        List<String> sounds = new ArrayList<>(4);
        String primary = PhoneticKeys.metaphone(part);
        if (!primary.isEmpty()) {
            sounds.add("m" + primary);
            String alternate = PhoneticKeys.metaphoneAlternate(part);
            if (!alternate.isEmpty() && !alternate.equals(primary)) {
                sounds.add("m" + alternate);
            }
        }
        for (int group : Nicknames.standard().groups(part)) {
            sounds.add("n" + group);
        }
        String skeleton = NameNormaliser.skeleton(part);
        if (skeleton.length() >= 2) {
            sounds.add("k" + skeleton);
        }
        return sounds;
    }

    private static List<String> dateWords(String dob) {
        return DateOfBirth.parse(dob).map(d -> d.full() ? List.of("y" + d.year(), "d" + d.pack()) : List.of("y" + d.year()))
                .orElse(List.of());
    }

    private static List<String> names(PersonInput r) {
        String full = Stream.of(r.givenNames(), r.familyName()).filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + " " + b).orElse("");
        List<String> names = new ArrayList<>();
        names.add(full);
        names.addAll(r.aliases());
        return names;
    }
}
