package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.toex.crosslink.resolution.normalise.DocumentKey;
import uk.toex.crosslink.resolution.normalise.NameNormaliser;
import uk.toex.crosslink.resolution.normalise.Nicknames;
import uk.toex.crosslink.resolution.normalise.PhoneticKeys;

/**
 * Every distinct value the engine has seen, interned per field, with per-name-part phonetic
 * keys and nickname groups worked out once. Also the term frequencies behind the TF adjustment.
 */
final class Vocabulary {

    static final List<String> DOCUMENT_TYPES = List.of("PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "NINO", "PNC", "OTHER");
    static final byte OTHER_DOCUMENT = 5;

    final Interner names = new Interner();
    final Interner written = new Interner();
    final Interner metaphones = new Interner();
    private final Interner skeletons = new Interner();
    final Interner phones = new Interner();
    final Interner emails = new Interner();
    final Interner documents = new Interner();
    final Interner streets = new Interner();
    final Interner addresses = new Interner();
    final Interner postcodes = new Interner();
    final Interner outwards = new Interner();
    final Interner nationalities = new Interner();
    final Interner dobs = new Interner();
    private int[] metaphone = new int[1024];
    private int[] metaphoneAlt = new int[1024];
    private int[] skeleton = new int[1024];
    private long[] letters = new long[1024];
    private int[] length = new int[1024];
    private int[][] nicknames = new int[1024][];
    /** Per street line: the id of its numbers, its letters and their counts, for telling a mistyped line ({@link AddressSimilarity}). */
    private final Interner streetNumbers = new Interner();
    private int[] streetDigits = new int[1024];
    private String[] streetLetters = new String[1024];
    private long[] streetLetterCounts = new long[1024];
    /** One interner per extra comparison, in its order. */
    final Interner[] extras;
    private final Map<String, Interner> frequencyFields = new HashMap<>();
    private int records;

    Vocabulary(List<ExtraComparison> extraComparisons) {
        frequencyFields.putAll(Map.of("names", names, "phones", phones, "emails", emails, "documents", documents,
                "streets", streets, "addresses", addresses, "postcodes", postcodes, "dobs", dobs));
        extras = new Interner[extraComparisons.size()];
        for (int i = 0; i < extras.length; i++) {
            extras[i] = new Interner();
            frequencyFields.put(extraComparisons.get(i).label(), extras[i]);
        }
    }

    /** Fields whose frequencies are kept with a model, by the name used in its snapshot. */
    Map<String, Interner> frequencyFields() {
        return frequencyFields;
    }

    int records() {
        return records;
    }

    PreparedRecord intern(Normalised n) {
        records++;
        Set<Integer> seen = new HashSet<>();
        int[] name = new int[n.family().size() + n.given().size()];
        int[] writtenIds = new int[name.length];
        boolean alignedFamily = n.family().size() == n.familyWritten().size();
        boolean alignedGiven = n.given().size() == n.givenWritten().size();
        for (int i = 0; i < name.length; i++) {
            boolean family = i < n.family().size();
            int part = family ? i : i - n.family().size();
            name[i] = nameId((family ? n.family() : n.given()).get(part), seen);
            boolean aligned = family ? alignedFamily : alignedGiven;
            writtenIds[i] = aligned ? written.id((family ? n.familyWritten() : n.givenWritten()).get(part)) : -1;
        }
        int[][] aliases = new int[n.aliases().size()][];
        for (int a = 0; a < aliases.length; a++) {
            List<String> parts = n.aliases().get(a);
            aliases[a] = new int[parts.size()];
            for (int i = 0; i < parts.size(); i++) {
                aliases[a][i] = nameId(parts.get(i), seen);
            }
        }
        int[] documentIds = new int[n.documents().size()];
        byte[] types = new byte[documentIds.length];
        for (int i = 0; i < documentIds.length; i++) {
            DocumentKey doc = n.documents().get(i);
            documentIds[i] = counted(documents, doc.number());
            types[i] = (byte) DOCUMENT_TYPES.indexOf(doc.type());
        }
        String addressKey = n.street() == null ? null : (n.postcode() == null ? "" : n.postcode()) + "|" + n.street();
        return new PreparedRecord(n.key(), name, writtenIds, n.family().size(), aliases, n.dob(),
                n.dob() == 0 ? -1 : counted(dobs, Integer.toString(n.dob())), n.gender(),
                n.nationality() == null ? -1 : nationalities.id(n.nationality()),
                ids(phones, n.phones()), ids(emails, n.emails()), documentIds, types,
                n.street() == null ? -1 : street(n.street()),
                addressKey == null ? -1 : counted(addresses, addressKey),
                n.postcode() == null ? -1 : counted(postcodes, n.postcode()),
                n.outward() == null ? -1 : outwards.id(n.outward()), extraIds(n.extras()));
    }

    private int street(String line) {
        int before = streets.size();
        int id = counted(streets, line);
        if (id == before) {
            if (id >= streetDigits.length) {
                int size = streetDigits.length * 2;
                streetDigits = Arrays.copyOf(streetDigits, size);
                streetLetters = Arrays.copyOf(streetLetters, size);
                streetLetterCounts = Arrays.copyOf(streetLetterCounts, size);
            }
            streetDigits[id] = streetNumbers.id(AddressSimilarity.digits(line));
            streetLetters[id] = AddressSimilarity.letters(line);
            streetLetterCounts[id] = LetterCounts.of(streetLetters[id]);
        }
        return id;
    }

    /** Two different street lines that are one line mistyped: {@link AddressSimilarity#typingSlip} from what was worked out at interning. */
    boolean streetsOneSlipApart(int a, int b) {
        return a != b && streetDigits[a] == streetDigits[b]
                && AddressSimilarity.lettersClose(streetLetters[a], streetLetters[b], streetLetterCounts[a], streetLetterCounts[b]);
    }

    private int[] extraIds(List<String> values) {
        if (extras.length == 0) {
            return PreparedRecord.NONE;
        }
        int[] out = new int[extras.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i) == null ? -1 : counted(extras[i], values.get(i));
        }
        return out;
    }

    /** Takes a record's counts back out when a changed version replaces it. */
    void forget(PreparedRecord r) {
        records--;
        Set<Integer> seen = new HashSet<>();
        for (int id : r.name) {
            if (seen.add(id)) {
                names.count(id, -1);
            }
        }
        for (int[] alias : r.aliases) {
            for (int id : alias) {
                if (seen.add(id)) {
                    names.count(id, -1);
                }
            }
        }
        uncount(phones, r.phones);
        uncount(emails, r.emails);
        uncount(documents, r.documents);
        uncount(dobs, new int[] {r.dobId});
        uncount(streets, new int[] {r.street});
        uncount(addresses, new int[] {r.address});
        uncount(postcodes, new int[] {r.postcode});
        for (int i = 0; i < r.extras.length; i++) {
            uncount(extras[i], new int[] {r.extras[i]});
        }
    }

    String name(int id) {
        return names.value(id);
    }

    int metaphone(int nameId) {
        return metaphone[nameId];
    }

    int metaphoneAlternate(int nameId) {
        return metaphoneAlt[nameId];
    }

    /** At most how many letters two name parts can match up (an upper bound for Jaro-Winkler, see {@link LetterCounts}). */
    int commonLetters(int x, int y) {
        return LetterCounts.common(letters[x], letters[y]);
    }

    /** A name part's length, without reaching for its text. */
    int length(int nameId) {
        return length[nameId];
    }

    /** The consonant skeleton of a name part, worked out once: parts with a skeleton under two letters get an id of their own. */
    int skeleton(int nameId) {
        return skeleton[nameId];
    }

    /** A blocking value shared by the names of one nickname group (negative ids never clash with sounds), or -1. */
    int nicknameKey(int nameId) {
        int[] groups = nicknames[nameId];
        return groups.length == 0 ? -1 : Integer.MIN_VALUE / 2 + groups[0];
    }

    boolean nicknames(int a, int b) {
        for (int x : nicknames[a]) {
            for (int y : nicknames[b]) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Snapshot of frequencies (values held by at least two records) for a model. */
    Map<String, Map<String, Integer>> frequencySnapshot() {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        frequencyFields().forEach((field, interner) -> out.put(field, interner.countsAtLeast(2)));
        return out;
    }

    void freeze(Map<String, Map<String, Integer>> snapshot, int total) {
        frequencyFields().forEach((field, interner) -> interner.freeze(snapshot.getOrDefault(field, Map.of()), total));
    }

    private int nameId(String part, Set<Integer> seen) {
        int before = names.size();
        int id = names.id(part);
        if (id == before) {
            grow(id);
            String primary = PhoneticKeys.metaphone(part);
            // parts without a sound (digits) must not agree phonetically with each other
            metaphone[id] = primary.isEmpty() ? -1 - id : metaphones.id(primary);
            metaphoneAlt[id] = primary.isEmpty() ? -1 - id : metaphones.id(PhoneticKeys.metaphoneAlternate(part));
            nicknames[id] = Nicknames.standard().groups(part);
            String consonants = NameNormaliser.skeleton(part);
            skeleton[id] = consonants.length() < 2 ? -1 - id : skeletons.id(consonants);
            letters[id] = LetterCounts.of(part);
            length[id] = part.length();
        }
        if (seen.add(id)) {
            names.count(id, 1);
        }
        return id;
    }

    private void grow(int id) {
        if (id >= metaphone.length) {
            int size = metaphone.length * 2;
            metaphone = Arrays.copyOf(metaphone, size);
            metaphoneAlt = Arrays.copyOf(metaphoneAlt, size);
            skeleton = Arrays.copyOf(skeleton, size);
            letters = Arrays.copyOf(letters, size);
            length = Arrays.copyOf(length, size);
            nicknames = Arrays.copyOf(nicknames, size);
        }
    }

    private static int counted(Interner interner, String value) {
        int id = interner.id(value);
        interner.count(id, 1);
        return id;
    }

    private static int[] ids(Interner interner, List<String> values) {
        if (values.isEmpty()) {
            return PreparedRecord.NONE;
        }
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = counted(interner, values.get(i));
        }
        return out;
    }

    private static void uncount(Interner interner, int[] ids) {
        for (int id : ids) {
            if (id >= 0) {
                interner.count(id, -1);
            }
        }
    }
}
