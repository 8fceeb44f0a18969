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
}
