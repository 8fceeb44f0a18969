package uk.toex.crosslink.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.demo.output.CsvKind;

/** The generated world is a valid set of batches in the contract's format, with a complete ground truth. */
class WorldGeneratorTest {

    private static final int PERSONS = 3000;

    @TempDir
    static Path out;
    static GeneratedWorld world;
    static GenerationSummary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = new WorldGenerator().generate(out, PERSONS, 42);
        world = new GeneratedWorld(out);
    }

    @Test
    void writesOneBatchPerForceAndSystemIncludingNationalSources() throws IOException {
        List<String> forces = new ArrayList<>();
        for (Path batch : world.batches()) {
            forces.add(manifest(batch).get("force").asText());
        }
        assertThat(forces).contains("NORFOLK", "SUFFOLK", "HERTFORDSHIRE", "BEDFORDSHIRE", "CAMBRIDGESHIRE", "ESSEX",
                "KENT", "WEST_MERCIA", "WARWICKSHIRE", "NCA", "PND");
        assertThat(summary.batches()).isEqualTo(world.batches().size());
    }

    @Test
    void everyManifestIsValid() throws IOException {
        for (Path batch : world.batches()) {
            JsonNode manifest = manifest(batch);
            assertThat(manifest.get("force").asText()).matches("[A-Z_]{2,32}");
            assertThat(manifest.get("system").asText()).matches("[A-Z0-9_]{2,32}");
            assertThat(LocalDate.parse(manifest.get("extracted").asText())).isAfter(LocalDate.of(2024, 6, 1));
            assertThat(manifest.get("handling").asText()).isIn("P", "C");
            if (manifest.has("dateFormat")) {
                DateTimeFormatter.ofPattern(manifest.get("dateFormat").asText());
            }
        }
    }

    @Test
    void everyBatchHoldsEveryFileKindWithTheContractColumns() {
        for (Path batch : world.batches()) {
            for (CsvKind kind : CsvKind.values()) {
                Path file = batch.resolve(kind.fileName());
                assertThat(file).exists();
                assertThat(GeneratedWorld.header(file)).containsAll(kind.columns());
            }
            List<String> personColumns = GeneratedWorld.header(batch.resolve("persons.csv"));
            assertThat(personColumns.size()).as("extra columns in %s", batch).isGreaterThanOrEqualTo(
                    CsvKind.PERSONS.columns().size() + 2);
        }
    }

    @Test
    void groundTruthNamesEveryPersonRecordExactlyOnce() throws IOException {
        Set<String> records = new HashSet<>();
        for (Path batch : world.batches()) {
            JsonNode manifest = manifest(batch);
            for (Map<String, String> person : GeneratedWorld.rows(batch.resolve("persons.csv"))) {
                String key = manifest.get("force").asText() + "/" + manifest.get("system").asText() + "/" + person.get("record_id");
                assertThat(records.add(key)).as("record id unique in batch: %s", key).isTrue();
            }
        }
        List<Map<String, String>> truth = world.groundTruth();
        assertThat(GeneratedWorld.header(out.resolve("ground-truth.csv")))
                .containsExactly("force", "system", "record_id", "entity_id");
        Set<String> truthKeys = new HashSet<>();
        for (Map<String, String> row : truth) {
            assertThat(truthKeys.add(row.get("force") + "/" + row.get("system") + "/" + row.get("record_id"))).isTrue();
            assertThat(row.get("entity_id")).isNotBlank();
        }
        assertThat(truthKeys).isEqualTo(records);
        assertThat(records).hasSize(PERSONS);
        assertThat(truth.stream().map(r -> r.get("entity_id")).distinct().count()).isEqualTo(summary.entities());
    }

    @Test
    void mostPeopleHaveOneRecordManyHaveSeveralAFewHaveFiveOrMore() {
        Map<String, Integer> perEntity = new HashMap<>();
        world.groundTruth().forEach(r -> perEntity.merge(r.get("entity_id"), 1, Integer::sum));
        long once = perEntity.values().stream().filter(n -> n == 1).count();
        long twoOrThree = perEntity.values().stream().filter(n -> n == 2 || n == 3).count();
        long fivePlus = perEntity.values().stream().filter(n -> n >= 5).count();
        assertThat(once).isGreaterThan(twoOrThree);
        assertThat(twoOrThree).isGreaterThan(fivePlus);
        assertThat(fivePlus).isPositive();
    }

    @Test
    void referencesPointAtRecordsOfTheSameBatch() {
        int checked = 0;
        for (Path batch : world.batches()) {
            Set<String> persons = ids(batch, "persons.csv");
            Set<String> addresses = ids(batch, "addresses.csv");
            Set<String> ocgs = ids(batch, "ocgs.csv");
            Set<String> adverts = ids(batch, "adverts.csv");
            Set<String> operations = ids(batch, "operations.csv");
            for (Map<String, String> link : GeneratedWorld.rows(batch.resolve("person_addresses.csv"))) {
                assertThat(persons).contains(link.get("person_record_id"));
                assertThat(addresses).contains(link.get("address_record_id"));
                assertThat(link.get("relation")).isIn("HOME", "WORK", "SEEN_AT", "BROTHEL", "OTHER");
                checked++;
            }
            for (Map<String, String> member : GeneratedWorld.rows(batch.resolve("ocg_members.csv"))) {
                assertThat(ocgs).contains(member.get("ocg_record_id"));
                assertThat(persons).contains(member.get("person_record_id"));
                checked++;
            }
            for (Map<String, String> offence : GeneratedWorld.rows(batch.resolve("offences.csv"))) {
                assertThat(persons).contains(offence.get("person_record_id"));
                assertThat(Integer.parseInt(offence.get("gravity"))).isBetween(1, 10);
                checked++;
            }
            for (Map<String, String> subject : GeneratedWorld.rows(batch.resolve("operation_subjects.csv"))) {
                assertThat(operations).contains(subject.get("operation_record_id"));
                Set<String> target = switch (subject.get("subject_kind")) {
                    case "PERSON" -> persons;
                    case "OCG" -> ocgs;
                    case "ADDRESS" -> addresses;
                    case "ADVERT" -> adverts;
                    default -> throw new AssertionError("subject kind " + subject.get("subject_kind"));
                };
                assertThat(target).contains(subject.get("subject_record_id"));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void theRestOfTheWorldIsThere() {
        Map<String, Integer> rows = new HashMap<>();
        for (Path batch : world.batches()) {
            for (CsvKind kind : CsvKind.values()) {
                rows.merge(kind.fileName(), GeneratedWorld.rows(batch.resolve(kind.fileName())).size(), Integer::sum);
            }
        }
        assertThat(rows.values()).allMatch(n -> n > 0);
        assertThat(rows.get("calls.csv")).isGreaterThan(rows.get("operations.csv") * 20);
        List<Map<String, String>> adverts = new ArrayList<>();
        world.batches().forEach(b -> adverts.addAll(GeneratedWorld.rows(b.resolve("adverts.csv"))));
        assertThat(adverts).allSatisfy(a -> {
            assertThat(a.get("image_hashes")).matches("[0-9a-f]{16}(\\|[0-9a-f]{16})*");
            assertThat(a.get("posted_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
        });
        long sharedPhones = adverts.stream().map(a -> a.get("phones")).distinct().count();
        assertThat(sharedPhones).as("adverts share phones").isLessThan(adverts.size());
    }

    @Test
    void handlingIsMostlyPWithSomeCByBatchAndByRow() throws IOException {
        Set<String> batchHandling = new HashSet<>();
        Map<String, Integer> rowHandling = new HashMap<>();
        for (Path batch : world.batches()) {
            batchHandling.add(manifest(batch).get("handling").asText());
            GeneratedWorld.rows(batch.resolve("persons.csv")).forEach(p -> rowHandling.merge(p.get("handling"), 1, Integer::sum));
        }
        assertThat(batchHandling).containsExactlyInAnyOrder("P", "C");
        assertThat(rowHandling.get("")).isGreaterThan(rowHandling.getOrDefault("C", 0) * 5);
        assertThat(rowHandling.get("C")).isPositive();
    }

    private static Set<String> ids(Path batch, String file) {
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : GeneratedWorld.rows(batch.resolve(file))) {
            assertThat(ids.add(row.get("record_id"))).as("%s unique in %s", row.get("record_id"), file).isTrue();
        }
        return ids;
    }

    static JsonNode manifest(Path batch) throws IOException {
        return new ObjectMapper().readTree(Files.readString(batch.resolve("manifest.json")));
    }
}
