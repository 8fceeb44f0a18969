package uk.toex.crosslink.demo.crime;

import java.util.Locale;
import uk.toex.crosslink.demo.Dice;

/**
 * 64-bit perceptual hashes as 16 hex digits. The same photo re-posted (cropped, re-compressed)
 * hashes to a near-duplicate: the same bits with a few flipped.
 */
final class ImageHashes {

    private ImageHashes() {
    }

    static long photo(Dice dice) {
        return dice.nextLong();
    }

    static String repost(long photo, Dice dice) {
        long hash = photo;
        for (int i = dice.between(0, 4); i > 0; i--) {
            hash ^= 1L << dice.between(0, 63);
        }
        return String.format(Locale.ROOT, "%016x", hash);
    }
}
