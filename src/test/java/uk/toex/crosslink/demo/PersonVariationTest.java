package uk.toex.crosslink.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.demo.names.Diacritics;
import uk.toex.crosslink.demo.names.GivenName;
import uk.toex.crosslink.demo.names.NameBank;
import uk.toex.crosslink.demo.names.Population;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;

/**
 * Person records vary the way real cross-border police data does, and the world holds the hard
 * negatives (relatives, namesakes) that make entity resolution hard. Checked against the ground truth.
 */
class PersonVariationTest {

    @TempDir
    static Path out;
    static List<Person> people = new ArrayList<>();
    static Map<String, List<Person>> byEntity;

    /** A person record with its batch and true person. */
    record Person(String batch, String entity, Map<String, String> row) {
        String get(String column) {
            return row.get(column);
        }

        String fullName() {
            return fold(get("given_names") + " " + get("family_name"));
        }
    }

    @BeforeAll
    static void generate() throws IOException {
        new WorldGenerator().generate(out, 4000, 11);
        GeneratedWorld world = new GeneratedWorld(out);
        Map<String, String> truth = new HashMap<>();
        world.groundTruth().forEach(t -> truth.put(t.get("force") + "/" + t.get("system") + "/" + t.get("record_id"),
                t.get("entity_id")));
        for (Path batch : world.batches()) {
            var manifest = WorldGeneratorTest.manifest(batch);
            String prefix = manifest.get("force").asText() + "/" + manifest.get("system").asText();
            for (Map<String, String> row : GeneratedWorld.rows(batch.resolve("persons.csv"))) {
                people.add(new Person(prefix, truth.get(prefix + "/" + row.get("record_id")), row));
            }
        }
        byEntity = people.stream().collect(Collectors.groupingBy(Person::entity));
    }

    @Test
    void someNamesStayInCyrillicWhileTheSamePeopleAreTransliteratedElsewhere() {
        assertThat(people).anyMatch(p -> cyrillic(p.get("family_name")));
        assertThat(byEntity.values()).anyMatch(records -> records.stream().anyMatch(p -> cyrillic(p.get("family_name")))
                && records.stream().anyMatch(p -> p.get("family_name").matches(".*[A-Za-z].*")));
    }

    @Test
    void namesComeFamilyFirstOrWholeInOneField() {
        assertThat(people).anyMatch(p -> p.get("given_names").isEmpty() && p.get("family_name").matches("[^,]+, .+"));
        assertThat(byEntity.values()).anyMatch(records -> records.stream().anyMatch(a -> records.stream().anyMatch(b ->
                !a.get("given_names").isEmpty() && fold(a.get("given_names")).equals(fold(b.get("family_name"))))));
    }

    @Test
    void diminutivesReplaceGivenNames() {
        Map<String, String> formal = new HashMap<>();
        for (Population population : Population.values()) {
            for (char gender : new char[] {'M', 'F'}) {
                for (int i = 0; i < 400; i++) {
                    GivenName given = NameBank.of(population).given(gender, new Dice(i));
                    given.diminutives().forEach(d -> formal.put(fold(d), fold(given.name())));
                }
            }
        }
        assertThat(byEntity.values()).anyMatch(records -> records.stream().anyMatch(a -> records.stream().anyMatch(b ->
                fold(firstWord(b.get("given_names"))).equals(formal.get(fold(firstWord(a.get("given_names"))))))));
    }

    @Test
    void diacriticsAreKeptByOneRecordAndDroppedByAnother() {
        assertThat(byEntity.values()).anyMatch(records -> records.stream().anyMatch(p -> Diacritics.present(p.get("family_name")))
                && records.stream().anyMatch(p -> !Diacritics.present(p.get("family_name"))
                && fold(p.get("family_name")).equals(fold(records.get(0).get("family_name")))));
    }

    @Test
    void datesOfBirthArePartialMissingOrWrongInSomeRecords() {
        Set<String> shapes = people.stream().map(p -> p.get("dob").replaceAll("\\d", "9")).collect(Collectors.toSet());
        assertThat(shapes).contains("9999", "9999-99", "9999-99-99", "99/99/9999", "");
        long disagreeing = byEntity.values().stream().filter(records -> records.stream().map(p -> p.get("dob"))
                .filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).distinct().count() > 1).count();
        assertThat(disagreeing).isPositive();
    }

    @Test
    void phonesAreWrittenInManyFormatsAndSomeAreForeign() {
        Set<String> styles = new HashSet<>();
        for (Person p : people) {
            for (String phone : p.get("phones").split("\\|")) {
                if (phone.matches("07\\d{9}")) {
                    styles.add("national");
                } else if (phone.matches("\\+44 7\\d{3} \\d{6}")) {
                    styles.add("international spaced");
                } else if (phone.startsWith("0044 ")) {
                    styles.add("00 prefix");
                } else if (phone.matches("\\+(36|40|359|48|355|84|370|421|380|7) .*")) {
                    styles.add("foreign");
                }
            }
        }
        assertThat(styles).containsExactlyInAnyOrder("national", "international spaced", "00 prefix", "foreign");
    }

    @Test
    void relativesShareAddressesAndPhones() {
        assertThat(pairsSharing(p -> p.get("postcode").isEmpty() ? null
                : p.batch() + "|" + p.get("postcode").replace(" ", "").toUpperCase(Locale.ROOT) + "|" + fold(p.get("family_name"))))
                .as("relatives at one address in one batch").isGreaterThan(20);
        Map<String, Set<String>> phoneOwners = new HashMap<>();
        for (Person p : people) {
            for (String phone : p.get("phones").split("\\|")) {
                PhoneNormaliser.normalise(phone).ifPresent(e164 ->
                        phoneOwners.computeIfAbsent(e164, k -> new HashSet<>()).add(p.entity()));
            }
        }
        assertThat(phoneOwners.values().stream().filter(owners -> owners.size() > 1).count())
                .as("phones shared by different people").isGreaterThan(10);
    }

    @Test
    void commonNamesBelongToManyDifferentPeople() {
        Map<String, Set<String>> holders = new HashMap<>();
        people.forEach(p -> holders.computeIfAbsent(fold(p.get("family_name")), k -> new HashSet<>()).add(p.entity()));
        assertThat(holders.getOrDefault("smith", Set.of()).size()).isGreaterThan(10);
        assertThat(holders.keySet()).contains("nagy", "nguyen");
    }

    @Test
    void someWomenChangeTheirFamilyNameOnMarriage() {
        assertThat(byEntity.values()).anyMatch(records -> records.get(0).get("gender").equals("F")
                && records.stream().map(p -> fold(p.get("family_name"))).filter(f -> !f.isEmpty() && !f.contains(" "))
                .distinct().toList().stream().anyMatch(a -> records.stream().map(p -> fold(p.get("family_name")))
                        .filter(b -> !b.isEmpty() && !b.contains(" ")).anyMatch(b -> LevenshteinDistance.getDefaultInstance().apply(a, b) > 3)));
    }

    @Test
    void recordsCarryDocumentsNationalitiesFlagsAndEmails() {
        Set<String> documentTypes = new HashSet<>();
        Set<String> flags = new HashSet<>();
        Set<String> nationalityShapes = new HashSet<>();
        for (Person p : people) {
            for (String document : p.get("id_documents").split("\\|")) {
                if (!document.isEmpty()) {
                    documentTypes.add(document.substring(0, document.indexOf(':')));
                }
            }
            flags.addAll(List.of(p.get("flags").split("\\|")));
            String nationality = p.get("nationality");
            nationalityShapes.add(nationality.matches("[A-Z]{2}") ? "alpha-2" : nationality.matches("[A-Z]{3}") ? "alpha-3"
                    : nationality.isEmpty() ? "empty" : "name");
        }
        assertThat(documentTypes).contains("PASSPORT", "NATIONAL_ID", "DRIVING_LICENCE", "NINO", "PNC");
        assertThat(flags).contains("VICTIM", "SUSPECT", "MISSING", "SAFEGUARDING_REFERRAL");
        assertThat(nationalityShapes).contains("alpha-2", "alpha-3", "name", "empty");
        assertThat(people).anyMatch(p -> p.get("emails").contains("@"));
        assertThat(people).anyMatch(p -> !p.get("aliases").isEmpty());
    }

    private static long pairsSharing(java.util.function.Function<Person, String> key) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Person p : people) {
            String k = key.apply(p);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new HashSet<>()).add(p.entity());
            }
        }
        return groups.values().stream().filter(entities -> entities.size() > 1).count();
    }

    private static boolean cyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static String firstWord(String text) {
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    static String fold(String text) {
        return Diacritics.strip(text).toLowerCase(Locale.ROOT).strip();
    }
}
