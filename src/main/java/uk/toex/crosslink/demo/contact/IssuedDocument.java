package uk.toex.crosslink.demo.contact;

/** An identity document as {@code TYPE:NUMBER} (PASSPORT, NATIONAL_ID, DRIVING_LICENCE, NINO, PNC). */
public record IssuedDocument(String type, String number) {

    public String written() {
        return type + ":" + number;
    }
}
