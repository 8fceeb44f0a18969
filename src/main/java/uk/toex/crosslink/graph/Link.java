package uk.toex.crosslink.graph;

/**
 * The nested lists that walk the graph from one node to its neighbours. Each has
 * {@code cypher/queries/links/<name>.cypher}, which takes {@code $keys} (parent keys), {@code $skip}
 * and {@code $limit} and returns {@code key, total, items} for every parent at once.
 */
public enum Link {
    PERSON_ADDRESSES("person-addresses"),
    PERSON_PHONES("person-phones"),
    PERSON_EMAILS("person-emails"),
    PERSON_DOCUMENTS("person-documents"),
    PERSON_OCGS("person-ocgs"),
    PERSON_OPERATIONS("person-operations"),
    PERSON_OFFENCES("person-offences"),
    PERSON_ADVERTS("person-adverts"),
    OCG_MEMBERS("ocg-members"),
    OCG_OPERATIONS("ocg-operations"),
    ADVERT_PHONES("advert-phones"),
    ADVERT_EMAILS("advert-emails"),
    ADVERT_IMAGES("advert-images"),
    ADVERT_PERSONS("advert-persons"),
    ADVERT_OPERATIONS("advert-operations"),
    OPERATION_SUBJECTS("operation-subjects"),
    OFFENCE_PERSONS("offence-persons"),
    ADDRESS_OCCUPANTS("address-occupants"),
    ADDRESS_ADVERTS("address-adverts"),
    ADDRESS_OPERATIONS("address-operations"),
    ADDRESS_RECORDS("address-records"),
    PHONE_PERSONS("phone-persons"),
    PHONE_ADVERTS("phone-adverts"),
    PHONE_CALLS("phone-calls"),
    EMAIL_PERSONS("email-persons"),
    EMAIL_ADVERTS("email-adverts"),
    DOCUMENT_PERSONS("document-persons"),
    IMAGE_ADVERTS("image-adverts");

    private final String name;

    Link(String name) {
        this.name = name;
    }

    String query() {
        return "queries/links/" + name;
    }
}
