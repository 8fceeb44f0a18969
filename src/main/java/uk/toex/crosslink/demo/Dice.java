package uk.toex.crosslink.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's only source of randomness. Every cluster of the world gets its own Dice derived
 * from the seed and the cluster's number, so the output is the same for a seed whatever else changes.
 */
public final class Dice {

    private final SplittableRandom random;

    public Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A Dice for one numbered part of the world (cluster, batch...), independent of the others. */
    public static Dice of(long seed, long... path) {
        long mixed = seed;
        for (long part : path) {
            mixed = mix(mixed ^ mix(part + 0x9E3779B97F4A7C15L));
        }
        return new Dice(mixed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A uniform integer in [low, high], both inclusive. */
    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A uniform integer in [0, bound). */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    public boolean coin() {
        return random.nextBoolean();
    }

    public double unit() {
        return random.nextDouble();
    }

    public long nextLong() {
        return random.nextLong();
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    public char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** An index drawn from cumulative weights (last entry = total). */
    public int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** n digits, the first never zero when {@code leadingNonZero}. */
    public String digits(int n, boolean leadingNonZero) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + (i == 0 && leadingNonZero ? between(1, 9) : between(0, 9))));
        }
        return out.toString();
    }
}
