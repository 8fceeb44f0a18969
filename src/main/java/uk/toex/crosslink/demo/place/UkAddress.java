package uk.toex.crosslink.demo.place;

/** A (fake but plausible) UK address; {@code flat} may be null. */
public record UkAddress(String flat, int number, String street, Town town, String postcode) {

    /** Identity of the place itself, whatever way a record writes it. */
    public String key() {
        return postcode + "|" + (flat == null ? "" : flat) + "|" + number + "|" + street;
    }

    public String streetLine() {
        return number + " " + street;
    }
}
