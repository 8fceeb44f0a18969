package uk.toex.crosslink.ingest.files;

import static uk.toex.crosslink.ingest.files.ColumnType.DATE;
import static uk.toex.crosslink.ingest.files.ColumnType.DOB;
import static uk.toex.crosslink.ingest.files.ColumnType.GRAVITY;
import static uk.toex.crosslink.ingest.files.ColumnType.HEX_LIST;
import static uk.toex.crosslink.ingest.files.ColumnType.ID_DOCUMENTS;
import static uk.toex.crosslink.ingest.files.ColumnType.LIST;
import static uk.toex.crosslink.ingest.files.ColumnType.TEXT;
import static uk.toex.crosslink.ingest.files.ColumnType.TIMESTAMP;

import java.util.List;
import java.util.Map;

/** The record files of the ingest contract, in the order a batch loads them. */
public final class RecordFiles {

    public static final RecordFile PERSONS = new RecordFile("persons.csv", "PersonRecord", "persons", true, List.of(
            Column.of("given_names", TEXT), Column.of("family_name", TEXT), Column.of("aliases", LIST),
            Column.of("dob", DOB), Column.oneOf("gender", "M", "F", "X"), Column.of("nationality", TEXT),
            Column.of("phones", LIST), Column.of("emails", LIST), Column.of("address", TEXT),
            Column.of("postcode", TEXT), Column.of("id_documents", ID_DOCUMENTS), Column.of("flags", LIST)),
            RecordFiles::person);

    public static final RecordFile ADDRESSES = new RecordFile("addresses.csv", "AddressRecord", "addresses", false, List.of(
            Column.of("line1", TEXT), Column.of("line2", TEXT), Column.of("town", TEXT),
            Column.of("postcode", TEXT), Column.of("country", TEXT)),
            RecordFiles::address);

    public static final RecordFile ADVERTS = new RecordFile("adverts.csv", "Advert", "adverts", true, List.of(
            Column.of("site", TEXT), Column.of("url", TEXT), Column.of("posted_at", TIMESTAMP),
            Column.of("title", TEXT), Column.of("text", TEXT), Column.of("phones", LIST),
            Column.of("emails", LIST), Column.of("image_hashes", HEX_LIST), Column.of("location", TEXT),
            Column.of("postcode", TEXT)),
            RecordFiles::advert);

    public static final RecordFile OCGS = new RecordFile("ocgs.csv", "OrganisedCrimeGroup", "ocgs", false, List.of(
            Column.of("name", TEXT), Column.of("threat_types", LIST),
            Column.oneOf("status", "ACTIVE", "DISRUPTED", "ARCHIVED"), Column.of("mapped_on", DATE)),
            (key, content, params) -> { });

    public static final RecordFile OPERATIONS = new RecordFile("operations.csv", "Operation", "operations", false, List.of(
            Column.of("name", TEXT), Column.oneOf("status", "OPEN", "CLOSED"), Column.of("opened", DATE),
            Column.of("closed", DATE), Column.of("threat_types", LIST), Column.of("lead_officer", TEXT)),
            (key, content, params) -> { });

    public static final RecordFile OFFENCES = new RecordFile("offences.csv", "Offence", "offences", true, List.of(
            Column.ref("person_record_id", "persons.csv").optional(),
            Column.oneOf("involvement", "SUSPECT", "VICTIM", "WITNESS"), Column.of("category", TEXT),
            Column.of("ho_code", TEXT), Column.of("gravity", GRAVITY), Column.of("committed_on", DATE),
            Column.of("reported_on", DATE), Column.of("outcome", TEXT)),
            (key, content, params) -> { });

    public static final List<RecordFile> ALL = List.of(PERSONS, ADDRESSES, ADVERTS, OCGS, OPERATIONS, OFFENCES);

    private RecordFiles() {
    }

    /** The id of the Person a new person record gets until resolution places it. */
    public static String personId(String recordKey) {
        return "P-" + ContentHash.hex(recordKey).substring(0, 16);
    }

    private static void person(String key, Map<String, Object> content, Map<String, Object> params) {
        params.put("personId", personId(key));
        params.put("phones", ResolvedKeys.phones(content.get("phones")));
        params.put("emails", ResolvedKeys.emails(content.get("emails")));
        params.put("documents", ResolvedKeys.documents(content.get("idDocuments")));
        params.put("home", ResolvedKeys.address((String) content.get("address"), null, null,
                (String) content.get("postcode"), null));
    }

    private static void address(String key, Map<String, Object> content, Map<String, Object> params)
            throws RowRejected {
        var address = ResolvedKeys.address((String) content.get("line1"), (String) content.get("line2"),
                (String) content.get("town"), (String) content.get("postcode"), (String) content.get("country"));
        if (address.isEmpty()) {
            throw new RowRejected("line1", "an address needs at least one of line1, line2, town or postcode");
        }
        params.put("address", address.get(0));
    }

    private static void advert(String key, Map<String, Object> content, Map<String, Object> params) {
        params.put("phones", ResolvedKeys.phones(content.get("phones")));
        params.put("emails", ResolvedKeys.emails(content.get("emails")));
        params.put("images", ResolvedKeys.imageHashes(content.get("imageHashes")));
        params.put("location", ResolvedKeys.address((String) content.get("location"), null, null,
                (String) content.get("postcode"), null));
    }
}
