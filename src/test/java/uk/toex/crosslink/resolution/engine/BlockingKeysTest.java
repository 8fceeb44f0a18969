package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingKeysTest {

    @Test
    void keepsDistinctValuesApartAndLeavesRoomForTheRecordNumber() {
        Set<Long> keys = new HashSet<>();
        for (int a = 0; a < 1000; a++) {
            for (int b = 0; b < 300; b++) {
                long key = BlockingKeys.hash(7, a, b);
                assertThat(key & BlockIndex.RECORD_MASK).isZero();
                assertThat(BlockingKeys.kind(key)).isEqualTo(7);
                keys.add(key);
            }
        }
        assertThat(keys.size()).isGreaterThan(299_990); // 38-bit hashes: a rare collision only adds candidates
    }

    @Test
    void givesSwappedNamesAndNicknamesACommonKey() {
        Dataset data = Dataset.prepare(List.of(
                new PersonInput("A/S/1", "William", "Smith", null, "1984-03-07", null, null, null, null, null, null, null),
                new PersonInput("A/S/2", "Smith", "Bill", null, "1984", null, null, null, null, null, null, null)), 1);
        Set<Long> first = new HashSet<>();
        for (long k : BlockingKeys.of(data.record(0), data.vocabulary)) {
            first.add(k);
        }
        boolean shared = false;
        for (long k : BlockingKeys.of(data.record(1), data.vocabulary)) {
            shared |= first.contains(k);
        }
        assertThat(shared).isTrue();
    }

    private static boolean share(PersonInput a, PersonInput b, String kind) {
        Dataset data = Dataset.prepare(List.of(a, b), 1);
        Set<Long> first = new HashSet<>();
        for (long k : BlockingKeys.of(data.record(0), data.vocabulary)) {
            first.add(k);
        }
        int wanted = java.util.Arrays.asList(BlockingKeys.KINDS).indexOf(kind);
        for (long k : BlockingKeys.of(data.record(1), data.vocabulary)) {
            if (first.contains(k) && BlockingKeys.kind(k) == wanted) {
                return true;
            }
        }
        return false;
    }

    @Test
    void recordsWithoutAnyCommonNameSoundMeetOnTheirFullDateOfBirth() {
        assertThat(share(new PersonInput("A/S/1", null, "Tutnre", null, "2004-05-03", null, null, null, null, null, null, null),
                new PersonInput("A/S/2", "Emily", "Ternu", null, "2004-05-03", null, null, null, null, null, null, null), "dob")).isTrue();
    }

    @Test
    void aDomainTypoKeepsTheMailboxNameAsAKey() {
        assertThat(share(new PersonInput("A/S/1", null, "Hghes", null, null, null, null, null, List.of("ronnie.h@brownn-cruz.com"), null, null, null),
                new PersonInput("A/S/2", "Ronnie", "Hughes", null, null, null, null, null, List.of("ronnie.h@brown-cruz.com"), null, null, null),
                "email name")).isTrue();
    }

    @Test
    void aCommonNameWithoutADateStillMeetsItsNamesakesInTheSameTown() {
        assertThat(share(new PersonInput("A/S/1", "Oliver", "Smith", null, null, null, null, null, null, "Dudley", null, null),
                new PersonInput("A/S/2", "Smith", "Oliver", null, null, null, null, null, null, "Dudley", null, null),
                "name pair+place")).isTrue();
    }

    @Test
    void aRecordWithOneNameMeetsTheFullNameBornTheSameYear() {
        assertThat(share(new PersonInput("A/S/1", null, "Patel", null, "1999-01-06", null, null, null, null, null, null, null),
                new PersonInput("A/S/2", "Charlotte", "Patel", null, "1999-02-05", null, null, null, null, null, null, null),
                "name+year")).isTrue();
    }

    @Test
    void aDateTypedADecadeOutStillMeetsOnNameAndMonth() {
        assertThat(share(new PersonInput("A/S/1", "Toby", null, null, "1978-02-24", null, null, null, null, null, null, null),
                new PersonInput("A/S/2", "Toby", "Bell", null, "1988-02-03", null, null, null, null, null, null, null),
                "name+month")).isTrue();
    }

    @Test
    void anOversizedBlockIsSplitByAFinerKeyNotDropped() {
        // 500 records share a placeholder date: the date block is over the cap, but the two with one initial still meet
        List<PersonInput> records = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            records.add(new PersonInput("A/S/" + i, "Given" + (char) ('a' + i % 26) + i, "X" + i, null, "1900-01-01",
                    null, null, null, null, null, null, null));
        }
        records.add(new PersonInput("A/S/p", "Qasim", "Zuberi", null, "1900-01-01", null, null, null, null, null, null, null));
        records.add(new PersonInput("A/S/q", "Qasem", "Zubery", null, "1900-01-01", null, null, null, null, null, null, null));
        EngineState state = new ResolutionEngine(EngineSettings.defaults()).run(records, List.of(), null, ProgressListener.silent());
        assertThat(state.result().stats().oversizedBlocks()).isPositive();
        assertThat(state.diagnose("A/S/p", "A/S/q")).doesNotContain("NOT-CANDIDATE");
    }
}
