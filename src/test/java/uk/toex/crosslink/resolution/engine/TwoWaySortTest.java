package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwoWaySortTest {

    @ParameterizedTest(name = "{0} entries")
    @ValueSource(ints = {0, 1, 1000, 65_536, 200_001})
    void sortsAsOneThreadWould(int size) {
        Random random = new Random(size);
        long[] entries = new long[size];
        for (int i = 0; i < size; i++) {
            // keys with their kind in the top bits (some negative), many repeated, as the index holds them
            entries[i] = ((long) random.nextInt(16) << 60) | ((long) random.nextInt(5000) << 22) | random.nextInt(1 << 22);
        }
        long[] expected = entries.clone();
        Arrays.sort(expected);
        TwoWaySort.sort(entries);
        assertThat(entries).containsExactly(expected);
    }
}
