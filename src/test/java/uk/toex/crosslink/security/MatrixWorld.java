package uk.toex.crosslink.security;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The data of the HTTP visibility matrix, loaded as one CSV batch per force ({@link MatrixBatches}):
 * two forces' person records under C and P handling, a
 * person resolved from records of both forces, a victim flagged by one force only and a
 * safeguarding referral; per force and handling code an OCG and an operation with every record of
 * the force as member and subject, and an advert. Every record holds {@link #PHONE} and lives at
 * {@link #ADDRESS_KEY}, so walks from the phone, the adverts and the address reach every record.
 */
final class MatrixWorld {

    static final String PHONE = "+447700900001";
    static final String PHONE_AS_RECORDED = "07700 900001";
    static final String ADDRESS_LINE = "1 Market Street";
    static final String POSTCODE = "NR1 1AA";
    static final String ADDRESS_KEY = "NR1 1AA|1 MARKET STREET";
    static final List<String> FORCES = List.of("NORFOLK", "SUFFOLK");
    static final List<String> CONTAINER_KINDS = List.of("OrganisedCrimeGroup", "Operation", "Advert");

    /** One person record as a force holds it. */
    record Rec(String force, String recordId, String handling, String personId, String givenNames, String familyName,
               List<String> flags) {

        String system() {
            return systemOf(force);
        }

        String key() {
            return force + "/" + system() + "/" + recordId;
        }

        String fullName() {
            return givenNames + " " + familyName;
        }

        List<String> aliases() {
            return List.of(givenNames.charAt(0) + ". " + familyName);
        }

        String dob() {
            return "1990-01-01";
        }

        List<String> emails() {
            return List.of(givenNames.toLowerCase(Locale.ROOT) + "@example.test");
        }

        List<String> idDocuments() {
            return List.of("PASSPORT:" + recordId);
        }

        /** The document's key as docs/MODEL.md normalises it: number upper case without dashes. */
        List<String> documentKeys() {
            return List.of("PASSPORT:" + recordId.replace("-", ""));
        }

        /** An unnamed column ({@code extra.nickname}): may identify a person too. */
        String nickname() {
            return "nick " + givenNames;
        }
    }

    /**
     * An OCG, operation or advert of one force: not resolved, so the record is the entity. It comes
     * in the same batch as the force's person records, which it links to.
     */
    record Container(String kind, String force, String handling) {

        String system() {
            return systemOf(force);
        }

        String recordId() {
            return switch (kind) {
                case "OrganisedCrimeGroup" -> "OCG-";
                case "Operation" -> "OP-";
                default -> "ADV-";
            } + handling;
        }

        String key() {
            return force + "/" + system() + "/" + recordId();
        }

        String name() {
            return kind + " of " + force + " " + handling;
        }
    }

    static final List<Rec> RECORDS = List.of(
            rec("NORFOLK", "N-C1", "C", "P-00000000000000a1", "Ada", "Clarke"),
            rec("NORFOLK", "N-P1", "P", "P-00000000000000a2", "Ben", "Doyle"),
            rec("SUFFOLK", "S-C1", "C", "P-00000000000000a3", "Cora", "Evans"),
            rec("SUFFOLK", "S-P1", "P", "P-00000000000000a4", "Dan", "Fisher"),
            // one man known to both forces, resolved into one person: P in Norfolk, C in Suffolk
            rec("NORFOLK", "N-P2", "P", "P-00000000000000a5", "Attila", "Lakatos"),
            rec("SUFFOLK", "S-C2", "C", "P-00000000000000a5", "Attila", "Lakatos"),
            // a victim: flagged by Norfolk only, known to Suffolk without the flag
            rec("NORFOLK", "N-P3", "P", "P-00000000000000a6", "Maria", "Popescu", "VICTIM"),
            rec("SUFFOLK", "S-P3", "P", "P-00000000000000a6", "Maria", "Popescu"),
            // a safeguarding referral, known to Suffolk only
            rec("SUFFOLK", "S-P4", "P", "P-00000000000000a7", "Eva", "Gray", "SAFEGUARDING_REFERRAL", "MISSING"));

    static final List<Container> CONTAINERS = CONTAINER_KINDS.stream()
            .flatMap(kind -> FORCES.stream().flatMap(force -> Stream.of("C", "P").map(h -> new Container(kind, force, h))))
            .toList();

    private MatrixWorld() {
    }

    /** The one source system each force sends its batch from. */
    static String systemOf(String force) {
        return force.equals("NORFOLK") ? "ATHENA" : "CONNECT";
    }

    /** The handling code a force's batch manifest gives by default; rows that differ say theirs. */
    static String manifestHandling(String force) {
        return force.equals("NORFOLK") ? "C" : "P";
    }

    static List<String> personIds() {
        return RECORDS.stream().map(Rec::personId).distinct().sorted().toList();
    }

    static List<Rec> recordsOf(String personId) {
        return RECORDS.stream().filter(r -> r.personId().equals(personId)).toList();
    }

    static List<String> flagsOf(String personId) {
        return recordsOf(personId).stream().flatMap(r -> r.flags().stream()).toList();
    }

    private static Rec rec(String force, String id, String handling, String person, String given, String family,
                           String... flags) {
        return new Rec(force, id, handling, person, given, family, List.of(flags));
    }
}
