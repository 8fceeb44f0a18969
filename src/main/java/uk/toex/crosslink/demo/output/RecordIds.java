package uk.toex.crosslink.demo.output;

import java.util.Locale;
import uk.toex.crosslink.demo.world.Source;

/**
 * Record ids in each system's own style ({@code NFKP04823911}, {@code NOM-004823911}), unique in a
 * batch: a counter scrambled by a bijection modulo 10^8 so ids do not reveal the order of creation.
 */
public final class RecordIds {

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

    RecordIds(Source source, long seed) {
        this.source = source;
        this.salt = Math.floorMod(seed * 31 + source.index() * 7_919L, MODULUS);
    }

    public String next(Kind kind) {
        long n = ++counters[kind.ordinal()];
        long number = Math.floorMod(n * MULTIPLIER + salt + kind.ordinal() * 1_000_003L, MODULUS);
        return switch (source.profile()) {
            case ATHENA -> String.format(Locale.ROOT, "%s%c%08d", source.abbreviation(), kind.letter, number);
            case NICHE -> String.format(Locale.ROOT, "%s-%09d", kind.word, number);
            case STORM -> String.format(Locale.ROOT, "STM-%c-%08d", kind.letter, number);
            case CONNECT -> String.format(Locale.ROOT, "CX%c%08d", kind.letter, number);
            case INTEL -> String.format(Locale.ROOT, "NCA-%c-%08d", kind.letter, number);
            case PND -> String.format(Locale.ROOT, "PND%c%010d", kind.letter, number);
        };
    }
}
