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

    /** A node or record at the end of a contact walk, by key (phones and emails alias theirs as {@code key}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Keyed(String key) {
    }

    /** One edge of a contact walk: the node, and where the list has them the record and what is shared. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EdgeSeen(Keyed node, Keyed record, List<String> via) {
    }

    /** A contact walk's page: count, the withheld marker and the edges. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ListSeen(int totalCount, boolean withheld, List<EdgeSeen> edges) {

        static final ListSeen WITHHELD = new ListSeen(0, true, List.of());

        static ListSeen of(List<EdgeSeen> edges) {
            return new ListSeen(edges.size(), false, edges);
        }
    }

    /** A person's contact details as its walks list them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactsSeen(ListSeen phones, ListSeen emails, ListSeen documents, ListSeen addresses, ListSeen adverts) {

        static final ContactsSeen WITHHELD = new ContactsSeen(ListSeen.WITHHELD, ListSeen.WITHHELD, ListSeen.WITHHELD,
                ListSeen.WITHHELD, ListSeen.WITHHELD);
    }

    /** The persons a contact detail leads to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HoldersSeen(int totalCount, boolean withheld, List<Holder> edges) {
    }

    /** One person a contact detail leads to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holder(PersonBrief node) {
    }
}
