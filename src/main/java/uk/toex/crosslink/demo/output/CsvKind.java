package uk.toex.crosslink.demo.output;

import java.util.List;

/** The CSV files of a batch and their contract columns (docs/INGEST-FORMAT.md). */
public enum CsvKind {
    PERSONS("persons.csv", List.of("record_id", "given_names", "family_name", "aliases", "dob", "gender",
            "nationality", "phones", "emails", "address", "postcode", "id_documents", "flags")),
    ADDRESSES("addresses.csv", List.of("record_id", "line1", "line2", "town", "postcode", "country")),
    PERSON_ADDRESSES("person_addresses.csv", List.of("person_record_id", "address_record_id", "relation", "from", "to")),
    ADVERTS("adverts.csv", List.of("record_id", "site", "url", "posted_at", "title", "text", "phones", "emails",
            "image_hashes", "location", "postcode")),
    OCGS("ocgs.csv", List.of("record_id", "name", "threat_types", "status", "mapped_on")),
    OCG_MEMBERS("ocg_members.csv", List.of("ocg_record_id", "person_record_id", "role")),
    OPERATIONS("operations.csv", List.of("record_id", "name", "status", "opened", "closed", "threat_types",
            "lead_officer")),
    OPERATION_SUBJECTS("operation_subjects.csv", List.of("operation_record_id", "subject_record_id", "subject_kind",
            "role")),
    OFFENCES("offences.csv", List.of("record_id", "person_record_id", "involvement", "category", "ho_code", "gravity",
            "committed_on", "reported_on", "outcome")),
    CALLS("calls.csv", List.of("from_number", "to_number", "started_at", "duration_s", "kind"));

    private final String fileName;
    private final List<String> columns;

    CsvKind(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** The contract's columns for this file. */
    public List<String> columns() {
        return columns;
    }

    /** Whether rows may say their own handling code, overriding the manifest's default. */
    public boolean hasHandling() {
        return this == PERSONS || this == OFFENCES || this == OCGS || this == OPERATIONS;
    }
}
