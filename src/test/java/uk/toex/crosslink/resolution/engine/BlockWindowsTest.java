package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A large block of one family name and one year is walked in date order with a window, not
 * compared in full: the records a date slip apart still meet, far ones do not, and one record
 * placed on its own meets exactly the members a whole run would give it.
 */
class BlockWindowsTest {

    /** Eighty Kowalskis born in 1970 on eighty different days, known by their family name only. */
    private static Dataset kowalskis() {
        List<PersonInput> inputs = new ArrayList<>();
        for (int d = 0; d < 80; d++) {
            String date = String.format("1970-%02d-%02d", 1 + d / 28, 1 + d % 28);
            inputs.add(new PersonInput("A/S/" + d, null, "Kowalski", null, date, null, null, null, null, null, null, null));
        }
        // the same man as A/S/40 with the day typed one out
        inputs.add(new PersonInput("B/S/1", null, "Kowalski", null, "1970-02-14", null, null, null, null, null, null, null));
        return Dataset.prepare(inputs, 1);
    }

    private static BlockIndex index(Dataset data) {
        List<long[]> keys = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            keys.add(BlockingKeys.of(data.record(i), data.vocabulary));
        }
        return BlockIndex.build(keys, 400, data.blockOrder());
    }

    private static Set<Integer> met(BlockIndex index, int record, int size) {
        Set<Integer> met = new HashSet<>();
        for (int i = 0; i < size; i++) {
            int[] stamp = new int[size];
            final int left = i;
            index.candidates(i, stamp, j -> {
                if (left == record) {
                    met.add(j);
                } else if (j == record) {
                    met.add(left);
                }
            });
        }
        return met;
    }

    @Test
    void aRecordWithADayTypedOutMeetsTheNeighboursOfItsDateButNotTheWholeBlock() {
        Dataset data = kowalskis();
        BlockIndex index = index(data);
        int lone = data.size() - 1;
        Set<Integer> met = met(index, lone, data.size());
        assertThat(met).contains(data.number("A/S/40"), data.number("A/S/41"));
        assertThat(met).doesNotContain(data.number("A/S/0"), data.number("A/S/79"));
        assertThat(met.size()).isLessThanOrEqualTo(2 * BlockWindows.WINDOW);
    }

    @Test
    void aBlockWalkedWithAWindowHoldsFarFewerPairsThanInFull() {
        Dataset data = kowalskis();
        BlockIndex index = index(data);
        int members = data.size();
        long inFull = (long) members * (members - 1) / 2;
        int kind = java.util.Arrays.asList(BlockingKeys.KINDS).indexOf("name+year");
        assertThat(index.pairsByKind[kind]).isGreaterThan(0).isLessThan(inFull / 2);
    }

    @Test
    void oneRecordPlacedAloneMeetsWhatTheWholeRunGivesIt() {
        Dataset data = kowalskis();
        BlockIndex index = index(data);
        int lone = data.size() - 1;
        IncrementalIndex incremental = new IncrementalIndex(data, index, 400);
        Set<Integer> placed = new HashSet<>();
        for (int m : incremental.candidates(lone)) {
            placed.add(m);
        }
        assertThat(placed).isEqualTo(met(index, lone, data.size()));
    }

    @Test
    void smallBlocksAreStillComparedInFull() {
        assertThat(BlockWindows.applies(13, BlockWindows.FULL)).isFalse();
        assertThat(BlockWindows.applies(13, BlockWindows.FULL + 1)).isTrue();
        assertThat(BlockWindows.applies(1, 100)).isFalse(); // two name parts and a year: compared in full up to its cap
    }
}
