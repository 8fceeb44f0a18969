package uk.toex.crosslink.ingest.files;

import static uk.toex.crosslink.ingest.files.ColumnType.DATE;
import static uk.toex.crosslink.ingest.files.ColumnType.ID;

import java.util.List;
import java.util.Map;

/** The link files of the ingest contract, loaded after the record files they point into. */
public final class LinkFiles {

    public static final LinkFile PERSON_ADDRESSES = new LinkFile("person_addresses.csv", "person-addresses",
            List.of(Column.ref("person_record_id", "persons.csv"), Column.ref("address_record_id", "addresses.csv"),
                    Column.oneOf("relation", "HOME", "WORK", "SEEN_AT", "BROTHEL", "OTHER"),
                    Column.of("from", DATE), Column.of("to", DATE)),
            List.of("personRecordId", "addressRecordId", "relation", "from"),
            "personRecordId", "addressRecordId", content -> "addresses.csv", null);

    public static final LinkFile OCG_MEMBERS = new LinkFile("ocg_members.csv", "ocg-members",
            List.of(Column.ref("ocg_record_id", "ocgs.csv"), Column.ref("person_record_id", "persons.csv"),
                    Column.oneOf("role", "PRINCIPAL", "MEMBER", "FACILITATOR", "ASSOCIATE")),
            List.of("ocgRecordId", "personRecordId"),
            "personRecordId", "ocgRecordId", content -> "ocgs.csv", null);

    private static final Map<String, String> SUBJECT_FILES = Map.of(
            "PERSON", "persons.csv", "OCG", "ocgs.csv", "ADDRESS", "addresses.csv", "ADVERT", "adverts.csv");

    public static final LinkFile OPERATION_SUBJECTS = new LinkFile("operation_subjects.csv", "operation-subjects",
            List.of(Column.ref("operation_record_id", "operations.csv"), Column.of("subject_record_id", ID).mandatory(),
                    Column.oneOf("subject_kind", "PERSON", "OCG", "ADDRESS", "ADVERT").mandatory(),
                    Column.oneOf("role", "SUSPECT", "VICTIM", "WITNESS", "ASSOCIATE", "LOCATION")),
            List.of("operationRecordId", "subjectKind", "subjectRecordId"),
            "operationRecordId", "subjectRecordId", content -> SUBJECT_FILES.get((String) content.get("subjectKind")),
            "subjectKind");

    public static final List<LinkFile> ALL = List.of(PERSON_ADDRESSES, OCG_MEMBERS, OPERATION_SUBJECTS);

    private LinkFiles() {
    }
}
