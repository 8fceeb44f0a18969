package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One record at a time against the batch run's blocks: a record changed since meets only its new blocks. */
class IncrementalIndexTest {

    private static PersonInput person(String key, String given, String family, String dob) {
        return new PersonInput(key, given, family, null, dob, null, null, null, null, null, null, null);
    }

    private static IncrementalIndex index(Dataset data) {
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            keys.add(BlockingKeys.of(data.record(i), data.vocabulary));
        }
        return new IncrementalIndex(data, BlockIndex.build(keys, 400, data.blockOrder()), 400);
    }

    @Test
    void aRecordRenamedSinceTheBatchRunNoLongerMeetsItsOldNamesakes() {
        Dataset data = Dataset.prepare(List.of(person("A/S/1", "Anna", "Nowak", "1990-04-02"),
                person("A/S/2", "Anna", "Nowak", "1990-04-02"), person("A/S/3", "Jan", "Zielinski", "1971-11-30")), 1);
        IncrementalIndex index = index(data);
        assertThat(index.candidates(data.number("A/S/1"))).contains(data.number("A/S/2"));

        int renamed = data.addAll(List.of(person("A/S/2", "Jan", "Zielinski", "1971-11-30")), 1)[0];
        index.add(renamed);

        assertThat(index.candidates(data.number("A/S/1"))).doesNotContain(renamed);
        assertThat(index.candidates(data.number("A/S/3"))).contains(renamed);
    }

    @Test
    void aRecordAddedSinceTheBatchRunMeetsTheBatchRecordsItSharesAKeyWith() {
        Dataset data = Dataset.prepare(List.of(person("A/S/1", "Anna", "Nowak", "1990-04-02")), 1);
        IncrementalIndex index = index(data);
        int added = data.addAll(List.of(person("B/S/1", "Anna", "Nowakowa", "1990-04-02")), 1)[0];
        index.add(added);
        assertThat(index.candidates(added)).containsExactly(data.number("A/S/1"));
    }
}
