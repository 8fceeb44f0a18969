package uk.toex.crosslink.graph;

/**
 * The nested lists that walk the graph from one node to its neighbours. Each has
 * {@code cypher/queries/links/<name>.cypher}, which takes {@code $keys} (parent keys), {@code $skip}
 * and {@code $limit} and returns {@code key, total, items} for every parent at once, and is served
 * as the schema field {@code field} of its parent kind's type ({@code Person.addresses}), wired from
 * this list by {@code api.LinkWiring}.
 */
public enum Link {
    PERSON_ADDRESSES("person-addresses", NodeKind.PERSON, "addresses"),
    PERSON_PHONES("person-phones", NodeKind.PERSON, "phones"),
    PERSON_EMAILS("person-emails", NodeKind.PERSON, "emails"),
    PERSON_DOCUMENTS("person-documents", NodeKind.PERSON, "documents"),
    PERSON_OCGS("person-ocgs", NodeKind.PERSON, "ocgs"),
    PERSON_OPERATIONS("person-operations", NodeKind.PERSON, "operations"),
    PERSON_OFFENCES("person-offences", NodeKind.PERSON, "offences"),
    PERSON_ADVERTS("person-adverts", NodeKind.PERSON, "adverts"),
    OCG_MEMBERS("ocg-members", NodeKind.ORGANISED_CRIME_GROUP, "members"),
    OCG_OPERATIONS("ocg-operations", NodeKind.ORGANISED_CRIME_GROUP, "operations"),
    ADVERT_PHONES("advert-phones", NodeKind.ADVERT, "phones"),
    ADVERT_EMAILS("advert-emails", NodeKind.ADVERT, "emails"),
    ADVERT_IMAGES("advert-images", NodeKind.ADVERT, "imageHashes"),
    ADVERT_PERSONS("advert-persons", NodeKind.ADVERT, "persons"),
    ADVERT_OPERATIONS("advert-operations", NodeKind.ADVERT, "operations"),
    OPERATION_SUBJECTS("operation-subjects", NodeKind.OPERATION, "subjects"),
    OFFENCE_PERSONS("offence-persons", NodeKind.OFFENCE, "persons"),
    ADDRESS_OCCUPANTS("address-occupants", NodeKind.ADDRESS, "occupants"),
    ADDRESS_ADVERTS("address-adverts", NodeKind.ADDRESS, "adverts"),
    ADDRESS_OPERATIONS("address-operations", NodeKind.ADDRESS, "operations"),
    ADDRESS_RECORDS("address-records", NodeKind.ADDRESS, "records"),
    PHONE_PERSONS("phone-persons", NodeKind.PHONE, "persons"),
    PHONE_ADVERTS("phone-adverts", NodeKind.PHONE, "adverts"),
    PHONE_CALLS("phone-calls", NodeKind.PHONE, "calls"),
    EMAIL_PERSONS("email-persons", NodeKind.EMAIL, "persons"),
    EMAIL_ADVERTS("email-adverts", NodeKind.EMAIL, "adverts"),
    DOCUMENT_PERSONS("document-persons", NodeKind.ID_DOCUMENT, "persons"),
    IMAGE_ADVERTS("image-adverts", NodeKind.IMAGE_HASH, "adverts");

    private final String name;
    private final NodeKind parent;
    private final String field;

    Link(String name, NodeKind parent, String field) {
        this.name = name;
        this.parent = parent;
        this.field = field;
    }

    /** The kind of node the list hangs off; its type is the schema type that has the field. */
    public NodeKind parent() {
        return parent;
    }

    /** The schema field of the parent's type that serves this list as a connection. */
    public String field() {
        return field;
    }

    String query() {
        return "queries/links/" + name;
    }
}
