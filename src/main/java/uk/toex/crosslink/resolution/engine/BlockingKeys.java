package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;

/**
 * The blocking keys of a record, in union: a pair is a candidate when it shares any one, so a
 * single spelling error or missing field cannot hide a match. Keys are 64-bit hashes of
 * (kind, value, value): name-part sound + birth year, phone, email, document number, postcode +
 * initial, pair of name-part sounds, full date of birth + initial, street + initial.
 */
final class BlockingKeys {

    static final String[] KINDS = {"", "name+year", "phone", "email", "document", "postcode+initial",
        "name pair", "dob+initial", "street+initial"};
    private static final int PAIR_PARTS = 4;

    private BlockingKeys() {
    }

    static long[] of(PreparedRecord r, Vocabulary v) {
        long[] keys = new long[64];
        int n = 0;
        int year = r.birthYear();
        int[][] names = new int[r.aliases.length + 1][];
        names[0] = r.name;
        System.arraycopy(r.aliases, 0, names, 1, r.aliases.length);
        for (int[] name : names) {
            for (int i = 0; i < name.length; i++) {
                if (year > 0) {
                    keys = ensure(keys, n + 1);
                    keys[n++] = hash(1, v.metaphone(name[i]), year);
                }
                for (int j = i + 1; j < Math.min(name.length, PAIR_PARTS); j++) {
                    int x = v.metaphone(name[i]);
                    int y = v.metaphone(name[j]);
                    keys = ensure(keys, n + 1);
                    keys[n++] = hash(6, Math.min(x, y), Math.max(x, y));
                }
            }
        }
        for (int phone : r.phones) {
            keys = ensure(keys, n + 1);
            keys[n++] = hash(2, phone, 0);
        }
        for (int email : r.emails) {
            keys = ensure(keys, n + 1);
            keys[n++] = hash(3, email, 0);
        }
        for (int doc : r.documents) {
            keys = ensure(keys, n + 1);
            keys[n++] = hash(4, doc, 0);
        }
        for (int part : r.name) {
            int initial = v.name(part).charAt(0);
            keys = ensure(keys, n + 3);
            if (r.postcode >= 0) {
                keys[n++] = hash(5, r.postcode, initial);
            }
            if (r.dob % 100 != 0) {
                keys[n++] = hash(7, r.dob, initial);
            }
            if (r.street >= 0) {
                keys[n++] = hash(8, r.street, initial);
            }
        }
        long[] out = Arrays.copyOf(keys, n);
        Arrays.sort(out);
        int unique = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[unique++] = out[i];
            }
        }
        return Arrays.copyOf(out, unique);
    }

    /** The kind of a key, kept in its top bits so oversized blocks can be reported by kind. */
    static int kind(long key) {
        return (int) (key >>> 60);
    }

    static long hash(int kind, int a, int b) {
        long h = mix(0x9E3779B97F4A7C15L * (kind + 1) + a);
        h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
        // 4 bits of kind, 38 bits of hash: the index keeps the low 22 bits for the record number
        return ((long) kind << 60) | ((h >>> 26) & 0x0FFFFFFFFFC00000L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] ensure(long[] keys, int size) {
        return size <= keys.length ? keys : Arrays.copyOf(keys, Math.max(size, keys.length * 2));
    }
}
