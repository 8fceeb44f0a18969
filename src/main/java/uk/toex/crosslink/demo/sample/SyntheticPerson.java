package uk.toex.crosslink.demo.sample;

import java.util.List;

/** The truth about one synthetic person, before any record of them is written. */
record SyntheticPerson(String id, String nationality, String given, String family, char gender, String dob,
                       List<String> phones, String email, String address, String postcode, String passport,
                       String nino) {
}
