package uk.toex.crosslink.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * The harm flags the rules of docs/ANALYTICS.md raise on the matrix world, and which callers may see
 * each: flags are computed once for the whole store, and a caller sees one only when it may see the
 * person and EVERY record, advert and OCG of its evidence, none of a person whose identity is hidden
 * from it (docs/SECURITY.md).
 */
final class ExpectedHarmFlags {

    /** A flag: its rule, person and the keys of the records, adverts and OCGs its evidence names. */
    record Flag(String rule, String personId, List<Rec> records, List<Container> containers) {

        /** {@code H-} and 16 hex digits of SHA-256 over rule and person. */
        String id() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest((rule + "|" + personId).getBytes(StandardCharsets.UTF_8));
                return "H-" + HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> evidenceKeys() {
            return Stream.concat(records.stream().map(Rec::key), containers.stream().map(Container::key)).toList();
        }
    }

    private ExpectedHarmFlags() {
    }

    /**
     * Every record holds the one phone that every advert gives, and lives at the one address every
     * OCG member lives at: a record flagged MISSING is flagged with every advert, a record flagged
     * VICTIM with every other record and every OCG.
     */
    static List<Flag> all() {
        Stream<Flag> missing = MatrixWorld.RECORDS.stream().filter(r -> r.flags().contains("MISSING"))
                .map(r -> new Flag("MISSING_PHONE_IN_ADVERT", r.personId(), List.of(r), of("Advert")));
        Stream<Flag> victims = MatrixWorld.RECORDS.stream().filter(r -> r.flags().contains("VICTIM"))
                .map(v -> new Flag("VICTIM_AT_OCG_ADDRESS", v.personId(), MatrixWorld.RECORDS, of("OrganisedCrimeGroup")));
        return Stream.concat(missing, victims).toList();
    }

    static boolean sees(MatrixExpectation e, Flag flag) {
        return !e.recordsOf(flag.personId()).isEmpty()
                && flag.records().stream().allMatch(r -> e.sees(r) && !e.hidesIdentityOf(r.personId()))
                && flag.containers().stream().allMatch(e::sees);
    }

    static List<Flag> visible(MatrixExpectation e) {
        return all().stream().filter(f -> sees(e, f)).sorted(java.util.Comparator.comparing(Flag::id)).toList();
    }

    private static List<Container> of(String kind) {
        return MatrixWorld.CONTAINERS.stream().filter(c -> c.kind().equals(kind)).toList();
    }
}
