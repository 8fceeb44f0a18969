package uk.toex.crosslink.resolution.engine;

import java.util.Arrays;

/**
 * The blocking keys of a record, in union: a pair is a candidate when it shares any one, so a
 * single spelling error or missing field cannot hide a match. Keys are 64-bit hashes of
 * (kind, value, value): pair of name-part sounds + birth year, pair of name-part sounds, one
 * name-part sound + full date of birth, phone, email, document number, postcode + initial,
 * street + name-part sound, full date of birth (and the same split by an initial), the name
 * part of an email address, a pair of name-part sounds + postcode district or town, and one
 * name-part sound + birth year (a record with a single name, or the other parts mistyped), and one
 * name-part sound + last digit of the year + month (a decade mistyped). Name parts
 * are taken in any order, so swapped names still meet. The loosest keys come with a finer one
 * that splits them (date of birth by an initial, a name pair by place and by year), so a block
 * too large to compare in full (a placeholder date, a common name) still leaves its members a
 * smaller block to meet in: a pair is never left without a chance because one key is common.
 */
final class BlockingKeys {

    static final String[] KINDS = {"", "name pair+year", "phone", "email", "document", "postcode+initial",
        "name pair", "name+dob", "street+name", "dob", "dob+initial", "email name", "name pair+place", "name+year", "name+month"};
    private static final int PAIR_PARTS = 4;

    private BlockingKeys() {
    }

    static long[] of(PreparedRecord r, Vocabulary v) {
        long[] keys = new long[64];
        int n = 0;
        int year = r.birthYear();
        int month = r.dob / 100 % 100;
        boolean fullDob = r.dob % 100 != 0;
        int place = r.outward >= 0 ? r.outward : r.street >= 0 ? -2 - r.street : -1;
        int[][] names = new int[r.aliases.length + 1][];
        names[0] = r.name;
        System.arraycopy(r.aliases, 0, names, 1, r.aliases.length);
        for (int[] name : names) {
            int parts = Math.min(name.length, PAIR_PARTS);
            for (int i = 0; i < parts; i++) {
                int[] sounds = sounds(name[i], v);
                for (int x : sounds) {
                    keys = ensure(keys, n + 3);
                    if (month > 0) {
                        // the decade digit left out, so a date typed a decade out (1978/1988) still meets
                        keys[n++] = hash(14, x, (year % 10) * 100 + month);
                    }
                    if (fullDob) {
                        keys[n++] = hash(7, x, r.dob);
                    }
                    if (year > 0) {
                        // one name part and a year: a record with only one name, or every other part mistyped
                        keys[n++] = hash(13, x, year);
                    }
                    for (int j = i + 1; j < parts; j++) {
                        for (int y : sounds(name[j], v)) {
                            keys = ensure(keys, n + 2);
                            keys = ensure(keys, n + 3);
                            keys[n++] = hash(6, Math.min(x, y), Math.max(x, y));
                            if (place != -1) {
                                keys[n++] = hash(12, Math.min(x, y) * 31 + Math.max(x, y), place);
                            }
                            if (year > 0) {
                                keys[n++] = hash(1, Math.min(x, y) * 31 + Math.max(x, y), year);
                            }
                        }
                    }
                }
            }
        }
        for (int phone : r.phones) {
            keys = ensure(keys, n + 1);
            keys[n++] = hash(2, phone, 0);
        }
        for (int email : r.emails) {
            keys = ensure(keys, n + 2);
            keys[n++] = hash(3, email, 0);
            String address = v.emails.value(email);
            int at = address.indexOf('@');
            if (at >= 3) {
                // a typo in the domain ("hart.co", "brownn-cruz.com") keeps the mailbox name
                keys[n++] = hash(11, address.substring(0, at).hashCode(), 0);
            }
        }
        if (fullDob) {
            keys = ensure(keys, n + 1 + r.name.length);
            keys[n++] = hash(9, r.dob, 0);
            for (int part : r.name) {
                keys[n++] = hash(10, r.dob, v.name(part).charAt(0));
            }
        }
        for (int doc : r.documents) {
            keys = ensure(keys, n + 1);
            keys[n++] = hash(4, doc, 0);
        }
        int familyParts = r.familyCount == 0 ? r.name.length : r.familyCount;
        for (int p = 0; p < r.name.length; p++) {
            int part = r.name[p];
            int initial = v.name(part).charAt(0);
            keys = ensure(keys, n + 2);
            if (r.postcode >= 0) {
                keys[n++] = hash(5, r.postcode, initial);
            }
            if (r.street >= 0 && p < familyParts) {
                // "12 High Street" recurs in every town: the street needs the name's sound, not just its initial
                keys[n++] = hash(8, r.street, v.metaphone(part));
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

    /**
     * How a name part sounds for blocking: its Double Metaphone code and, for a known diminutive,
     * its nickname group, so {@code Bill} and {@code William} share a key.
     */
    private static int[] sounds(int part, Vocabulary v) {
        int group = v.nicknameKey(part);
        int sound = v.metaphone(part);
        return group == -1 ? new int[] {sound} : new int[] {sound, group};
    }

    /**
     * The largest block of a kind that is still compared. Names without a birth year are the
     * loosest key: fifty records of one name and no date are beyond telling apart by name.
     */
    static int cap(int kind, int cap) {
        return switch (kind) {
            case 6 -> Math.min(cap, NAME_ONLY_CAP);
            case 1, 13, 14 -> Math.min(cap, NAME_YEAR_CAP);
            default -> cap;
        };
    }

    private static final int NAME_ONLY_CAP = 50;
    /** A hundred people of one name born in one year are told apart by full dates and identifiers, which have keys of their own. */
    private static final int NAME_YEAR_CAP = 100;

    /**
     * Where a record stands in a large block walked by {@link BlockWindows}. In a block of one name
     * part and a year (or a month): by what the key leaves out of the date (month and day, or the
     * day), then by the sound of the whole name in any order, so a date a digit out and the same
     * name meet. In a block of one date of birth: by postcode district, then sex.
     */
    static long order(int kind, PreparedRecord r, Vocabulary v) {
        long sound = 0;
        for (int part : r.name) {
            sound += mix(v.metaphone(part)); // a sum, so the order of the parts does not matter
        }
        if (kind == 9) {
            // one date of birth and names with no sound in common: meet by place, then by sex
            long place = r.outward >= 0 ? r.outward + 1 : 0;
            return (place << 40) | ((long) r.gender << 32) | (sound >>> 32);
        }
        long date = kind == 14 ? r.dob % 100 : r.dob % 10_000;
        return (date << 48) | (sound >>> 16);
    }

    /** The kind of a key, kept in its top bits so oversized blocks can be reported by kind. */
    static int kind(long key) {
        return (int) (key >>> 60);
    }

    static long hash(int kind, int a, int b) {
        long h = mix(0x9E3779B97F4A7C15L * (kind + 1) + a);
        h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
        // 4 bits of kind, 38 bits of hash: the index keeps the low 22 bits for the record number
        return ((long) kind << 60) | (((h >>> 26) << 22) & 0x0FFFFFFFFFC00000L);
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
