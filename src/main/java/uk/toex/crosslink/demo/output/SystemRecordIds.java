package uk.toex.crosslink.demo.output;

import uk.toex.crosslink.demo.world.Source;

/**
 * Record ids in each system's own style ({@code NFKP04823911}, {@code NOM-004823911}), unique in a
 * batch: a counter scrambled by a bijection modulo 10^8 so ids do not reveal the order of creation.
 */
public final class SystemRecordIds {

    /** What a record id names; the letter and the Niche-style word appear in ids. */
    public enum Kind {
        PERSON('P', "NOM"), ADDRESS('A', "LOC"), ADVERT('W', "ADV"), OCG('G', "ORG"), OPERATION('O', "OPN"),
        OFFENCE('C', "OCC");

        private final char letter;
        private final String word;

        Kind(char letter, String word) {
            this.letter = letter;
            this.word = word;
        }
    }

    private static final long MODULUS = 100_000_000L;
    private static final long MULTIPLIER = 2_654_435_761L; // odd and not a multiple of 5: a bijection mod 10^8

    private final Source source;
    private final long[] counters = new long[Kind.values().length];
    private final long salt;

    SystemRecordIds(Source source, long seed) {
        this.source = source;
        this.salt = Math.floorMod(seed * 31 + source.index() * 7_919L, MODULUS);
    }

    public String next(Kind kind) {
        long n = ++counters[kind.ordinal()];
        long number = Math.floorMod(n * MULTIPLIER + salt + kind.ordinal() * 1_000_003L, MODULUS);
        return switch (source.profile()) {
            case ATHENA -> source.abbreviation() + kind.letter + padded(number, 8);
            case NICHE -> kind.word + "-" + padded(number, 9);
            case STORM -> "STM-" + kind.letter + "-" + padded(number, 8);
            case CONNECT -> "CX" + kind.letter + padded(number, 8);
            case INTEL -> "NCA-" + kind.letter + "-" + padded(number, 8);
            case PND -> "PND" + kind.letter + padded(number, 10);
        };
    }

    private static String padded(long number, int width) {
        String digits = Long.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
