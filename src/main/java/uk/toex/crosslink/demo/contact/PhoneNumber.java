package uk.toex.crosslink.demo.contact;

/** A phone number as country calling code plus national significant number ({@code 44}, {@code 7700900123}). */
public record PhoneNumber(String dialCode, String national) {

    public String e164() {
        return "+" + dialCode + national;
    }
}
