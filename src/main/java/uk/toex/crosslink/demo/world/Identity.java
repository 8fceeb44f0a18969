package uk.toex.crosslink.demo.world;

import java.time.LocalDate;
import uk.toex.crosslink.demo.names.FamilyName;
import uk.toex.crosslink.demo.names.GivenName;
import uk.toex.crosslink.demo.names.Population;

/**
 * Who a true person is: names as they were born with them, date of birth, nationality.
 *
 * @param middle  a second given name or Vietnamese middle name, or null
 * @param junior  named after a father with the same given and family name
 */
public record Identity(Population population, char gender, GivenName given, String middle, FamilyName family,
        LocalDate dob, String nationality, boolean junior) {
}
