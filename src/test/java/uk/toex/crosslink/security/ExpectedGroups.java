package uk.toex.crosslink.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import uk.toex.crosslink.security.AnalyticsViews.GroupSeen;
import uk.toex.crosslink.security.MatrixOffences.Offence;
import uk.toex.crosslink.security.MatrixViews.Keyed;
import uk.toex.crosslink.security.MatrixWorld.Container;
import uk.toex.crosslink.security.MatrixWorld.Rec;

/**
 * The discovered groups one caller must get from the matrix world, from {@link WrittenRule} and
 * docs/ANALYTICS.md alone. Every record holds the one phone and address and every advert gives the
 * phone, so the persons whose contact details the caller may see ({@link MatrixExpectation#contactRecords})
 * are all linked pairwise with the same weight: phone 1.0, address 0.4 and 1.0 per visible advert,
 * each divided by log2 of the persons linked. They are one group when they are at least three,
 * the weight reaches 0.5 and at least two of them are suspects of an offence the caller may see.
 */
final class ExpectedGroups {

    private ExpectedGroups() {
    }

    static List<String> members(MatrixExpectation e) {
        return e.contactRecords().stream().map(Rec::personId).distinct().sorted().toList();
    }

    /** Visible adverts: each links every member, through the phone it gives. */
    static List<String> adverts(MatrixExpectation e) {
        return e.containers("Advert").stream().map(Container::key).toList();
    }

    static double pairWeight(MatrixExpectation e) {
        return (1.0 + 0.4 + adverts(e).size()) / (Math.log(members(e).size()) / Math.log(2));
    }

    static List<GroupSeen> groups(MatrixExpectation e) {
        List<String> members = members(e);
        int suspects = (int) members.stream().filter(id -> isSuspect(e, id)).count();
        if (members.size() < 3 || pairWeight(e) < 0.5 || suspects < 2) {
            return List.of();
        }
        List<String> forces = e.records().stream().filter(r -> members.contains(r.personId())).map(Rec::force)
                .distinct().sorted().toList();
        List<Keyed> ocgs = e.containers("OrganisedCrimeGroup").stream().filter(g -> forces.contains(g.force()))
                .map(g -> new Keyed(g.key())).toList();
        return List.of(new GroupSeen(id(members), members.stream().map(e::brief).toList(), forces,
                Math.round(Math.min(1, pairWeight(e)) * 1000) / 1000.0, ocgs.isEmpty(), suspects, ocgs, null));
    }

    /** A suspect: involved as one in an offence the caller may see, through a record it may see. */
    static boolean isSuspect(MatrixExpectation e, String personId) {
        return MatrixOffences.OFFENCES.stream().anyMatch((Offence o) -> e.sees(o) && e.sees(o.record())
                && o.involvement().equals("SUSPECT") && o.record().personId().equals(personId));
    }

    /** {@code G-} and 16 hex digits of SHA-256 over the sorted member ids (docs/ANALYTICS.md). */
    static String id(List<String> sortedMembers) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", sortedMembers).getBytes(StandardCharsets.UTF_8));
            return "G-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
