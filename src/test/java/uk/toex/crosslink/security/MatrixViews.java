package uk.toex.crosslink.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** The shapes in which the matrix's GraphQL documents return persons and records, to compare whole. */
final class MatrixViews {

    private MatrixViews() {
    }

    /** A person as the persons list shows it: id, name and visible records. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonSeen(String entityId, String displayName, List<RecordSeen> records) {
    }

    /** A person at the end of a walk. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonBrief(String entityId, String displayName) {
    }

    /** A record as walks show it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordSeen(String key, String familyName) {
    }

    /** An edge from a group member or an address occupant: the person, through one record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Walked(PersonBrief node, RecordSeen record) {
    }

    /** A person record as an operation's subject. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubjectSeen(String key, String familyName, PersonBrief person) {
    }

    /** A force with the counts that concern persons. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ForceSeen(String code, int personRecordCount, int personCount) {
    }

    /** Every field of a person record that could identify the person, as served. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordFields(String key, String givenNames, String familyName, List<String> aliases, String dob,
                        List<String> phones, List<String> emails, String address, String postcode,
                        List<String> idDocuments, String nationality, List<String> flags, Map<String, Object> extra) {
    }
}
