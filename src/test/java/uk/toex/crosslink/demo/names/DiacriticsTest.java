package uk.toex.crosslink.demo.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.demo.Dice;

class DiacriticsTest {

    @Test
    void strippingLeavesPlainLatin() {
        assertThat(Diacritics.strip("Rézműves")).isEqualTo("Rezmuves");
        assertThat(Diacritics.strip("Łukasz Wiśniewski")).isEqualTo("Lukasz Wisniewski");
        assertThat(Diacritics.strip("Nguyễn Đức")).isEqualTo("Nguyen Duc");
    }

    @Test
    void romanianCommaBelowTurnsIntoTheCedillaAndBack() {
        assertThat(Diacritics.vary("Ștefan Țăranu", new Dice(1))).isEqualTo("Ştefan Ţăranu");
        assertThat(Diacritics.vary("Ştefan", new Dice(1))).isEqualTo("Ștefan");
    }

    @Test
    void hungarianLettersAreFlattenedOrSpelledOut() {
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            seen.add(Diacritics.vary("Rézműves", new Dice(seed)));
        }
        assertThat(seen).contains("Rézmüves", "Rézmûves").anyMatch(s -> !s.equals("Rézműves") && !s.contains("ű"));
    }

    @Test
    void typosChangeTheNameALittle() {
        for (int seed = 0; seed < 100; seed++) {
            String typed = Typos.apply("Lakatos", new Dice(seed));
            assertThat(Math.abs(typed.length() - 7)).isLessThanOrEqualTo(1);
            assertThat(typed.charAt(0)).isEqualTo('L');
        }
    }
}
