package uk.toex.crosslink.resolution.engine;

/**
 * A record reduced to interned ids: what the comparator reads millions of times. Name parts are
 * family parts first ({@code familyCount} of them), then given parts; {@code written} holds the
 * parts as written (same order, -1 when the split differed) so exact and transliterated
 * agreement can be told apart.
 */
final class PreparedRecord {

    static final int[] NONE = new int[0];

    final String key;
    /** Orders records for canonical pair comparison without comparing long key strings. */
    final long keyHash;
    final int[] name;
    final int[] written;
    final int familyCount;
    final int[][] aliases;
    final int dob;
    final int dobId;
    final byte gender;
    final int nationality;
    final int[] phones;
    final int[] emails;
    final int[] documents;
    final byte[] documentTypes;
    final int street;
    final int address;
    final int postcode;
    final int outward;
    /** Per extra comparison, the id of the normalised value in its interner, -1 when not recorded. */
    final int[] extras;

    PreparedRecord(String key, int[] name, int[] written, int familyCount, int[][] aliases, int dob, int dobId,
                   byte gender, int nationality, int[] phones, int[] emails, int[] documents, byte[] documentTypes,
                   int street, int address, int postcode, int outward, int[] extras) {
        this.key = key;
        this.keyHash = keyHash(key);
        this.name = name;
        this.written = written;
        this.familyCount = familyCount;
        this.aliases = aliases;
        this.dob = dob;
        this.dobId = dobId;
        this.gender = gender;
        this.nationality = nationality;
        this.phones = phones;
        this.emails = emails;
        this.documents = documents;
        this.documentTypes = documentTypes;
        this.street = street;
        this.address = address;
        this.postcode = postcode;
        this.outward = outward;
        this.extras = extras;
    }

    static long keyHash(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h ^ (h >>> 29);
    }

    /** True when this record comes first in a canonical pair. */
    boolean before(PreparedRecord other) {
        return keyHash != other.keyHash ? keyHash < other.keyHash : key.compareTo(other.key) <= 0;
    }

    int birthYear() {
        return dob / 10000;
    }
}
