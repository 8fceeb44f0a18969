package uk.toex.crosslink.adverts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * MinHash of an advert's text: the text lower-cased to words, shingled into word triples, each
 * shingle hashed (Commons Codec's MurmurHash3) under {@link #HASHES} seeds, keeping the minimum per
 * seed. The share of equal minima estimates the Jaccard similarity of two texts' shingles; LSH bands
 * of {@link #ROWS} minima find candidate pairs without comparing every two adverts. No maintained
 * JVM MinHash library was available, so this small part is ours; the hashing is the library's.
 */
final class TextSketch {

    static final int HASHES = 64;
    static final int ROWS = 4;
    private static final int SHINGLE = 3;

    private TextSketch() {
    }

    /** The sketch, or null for a text too short to shingle (fewer than three words). */
    static int[] of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        words = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length < SHINGLE) {
            return null;
        }
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        int[] minima = new int[HASHES];
        Arrays.fill(minima, Integer.MAX_VALUE);
        for (String shingle : shingles) {
            byte[] bytes = shingle.getBytes(StandardCharsets.UTF_8);
            for (int s = 0; s < HASHES; s++) {
                minima[s] = Math.min(minima[s], MurmurHash3.hash32x86(bytes, 0, bytes.length, s * 0x9E3779B1));
            }
        }
        return minima;
    }

    /** Estimated Jaccard similarity of two sketches' shingle sets. */
    static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    /** The LSH bucket of band {@code band}: its rows' minima hashed together. */
    static long band(int[] sketch, int band) {
        return ((long) band << 56) ^ Arrays.hashCode(Arrays.copyOfRange(sketch, band * ROWS, band * ROWS + ROWS));
    }
}
