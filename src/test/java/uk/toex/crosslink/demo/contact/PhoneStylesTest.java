package uk.toex.crosslink.demo.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.demo.Dice;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;

/** Every international or UK way of writing a number means the same number to the shared normaliser. */
class PhoneStylesTest {

    @Test
    void everyUkStyleOfOneMobileNormalisesToTheSameNumber() {
        Dice dice = new Dice(3);
        for (int i = 0; i < 50; i++) {
            PhoneNumber number = PhoneNumbers.ukMobile(dice);
            Set<String> written = new HashSet<>();
            for (int j = 0; j < 40; j++) {
                String text = PhoneStyles.write(number, dice);
                written.add(text);
                assertThat(PhoneNormaliser.normalise(text)).as(text).contains(number.e164());
            }
            assertThat(written.size()).isGreaterThan(3);
        }
    }

    @Test
    void foreignNumbersNormaliseUnlessWrittenInTheirNationalForm() {
        Dice dice = new Dice(4);
        for (String dialCode : new String[] {"36", "40", "359", "48", "421", "355", "84", "370", "380", "7"}) {
            PhoneNumber number = PhoneNumbers.mobile(dialCode, dice);
            for (int j = 0; j < 30; j++) {
                String text = PhoneStyles.write(number, dice);
                if (text.startsWith("+") || text.startsWith("00")) {
                    assertThat(PhoneNormaliser.normalise(text)).as(text).contains(number.e164());
                }
            }
        }
        assertThat(PhoneStyles.write(new PhoneNumber("36", "301234567"), new Dice(0))).isNotBlank();
    }

    @Test
    void landlinesAndMistypedNumbersStayPlausible() {
        Dice dice = new Dice(5);
        PhoneNumber mobile = PhoneNumbers.ukMobile(dice);
        PhoneNumber typo = PhoneNumbers.mistyped(mobile, dice);
        assertThat(typo).isNotEqualTo(mobile);
        assertThat(typo.national()).hasSameSizeAs(mobile.national());
    }
}
