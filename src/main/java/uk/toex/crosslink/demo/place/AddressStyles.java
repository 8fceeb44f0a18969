package uk.toex.crosslink.demo.place;

import java.util.Locale;
import uk.toex.crosslink.demo.Dice;

/** The many ways one address is typed: abbreviations, commas, flats, case, postcode spacing. */
public final class AddressStyles {

    private AddressStyles() {
    }

    /** A one-line address as a person record holds it, e.g. {@code 12 Salhouse Road, Norwich}. */
    public static String line(UkAddress address, Dice dice) {
        String street = dice.chance(0.2) ? abbreviate(address.street()) : address.street();
        String house = dice.chance(0.1) ? address.number() + "," : String.valueOf(address.number());
        String line = house + " " + street;
        if (address.flat() != null) {
            line = dice.chance(0.6) ? "Flat " + address.flat() + ", " + line : address.flat() + "/" + line;
        }
        if (dice.chance(0.75)) {
            line = line + ", " + address.town().name();
        }
        return dice.chance(0.1) ? line.toUpperCase(Locale.ROOT) : line;
    }

    public static String postcode(String postcode, Dice dice) {
        double u = dice.unit();
        if (u < 0.7) {
            return postcode;
        }
        if (u < 0.85) {
            return postcode.replace(" ", "");
        }
        if (u < 0.95) {
            return postcode.toLowerCase(Locale.ROOT);
        }
        return postcode.replace(" ", "  ");
    }

    public static String country(Dice dice) {
        double u = dice.unit();
        return u < 0.4 ? "GB" : u < 0.6 ? "United Kingdom" : u < 0.7 ? "GBR" : "";
    }

    static String abbreviate(String street) {
        return street.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave")
                .replace(" Lane", " Ln").replace(" Close", " Cl").replace(" Drive", " Dr");
    }
}
