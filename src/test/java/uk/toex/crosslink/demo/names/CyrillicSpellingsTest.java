package uk.toex.crosslink.demo.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyrillicSpellingsTest {

    @Test
    void bulgarianNamesGetTheOfficialSpellingFirstThenForeignOnes() {
        assertThat(CyrillicSpellings.of(Population.BULGARIAN, "Иванов")).startsWith("Ivanov").contains("Ivanoff", "Iwanow");
        assertThat(CyrillicSpellings.of(Population.BULGARIAN, "Щерев").get(0)).isEqualTo("Shterev");
        assertThat(CyrillicSpellings.of(Population.BULGARIAN, "Александър").get(0)).isEqualTo("Aleksandar");
        assertThat(CyrillicSpellings.of(Population.BULGARIAN, "Мария").get(0)).isEqualTo("Maria");
        assertThat(CyrillicSpellings.of(Population.BULGARIAN, "Жеков")).contains("Zhekov", "Žekov", "Jekoff");
    }

    @Test
    void ukrainianAndRussianFollowTheirOwnRules() {
        assertThat(CyrillicSpellings.of(Population.UKRAINIAN, "Олександр").get(0)).isEqualTo("Oleksandr");
        assertThat(CyrillicSpellings.of(Population.UKRAINIAN, "Ігор").get(0)).isEqualTo("Ihor");
        assertThat(CyrillicSpellings.of(Population.RUSSIAN, "Сергей").get(0)).isEqualTo("Sergey");
        assertThat(CyrillicSpellings.of(Population.RUSSIAN, "Сергей")).contains("Sergej", "Sergei");
    }
}
