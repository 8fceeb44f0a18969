package uk.toex.crosslink.demo.place;

/** A town in a force area, with its postcode area and districts and its dialling code. */
public record Town(String force, String name, String area, int districtLow, int districtHigh, String dialCode) {
}
