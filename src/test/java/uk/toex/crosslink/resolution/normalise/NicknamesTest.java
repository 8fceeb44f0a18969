package uk.toex.crosslink.resolution.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknamesTest {

    private static boolean same(String a, String b) {
        return Nicknames.standard().equivalent(NameNormaliser.parts(a, null).get(0), NameNormaliser.parts(b, null).get(0));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "William,Bill", "Bob,Robert", "Peggy,Margaret", "Liz,Elizabeth",
        "László,Laci", "Laszlo,Laci", "István,Pista", "Erzsébet,Böske", "Zsuzsanna,Zsuzsi",
        "Ștefan,Fănel", "Ştefan,Fane", "Gheorghe,Gică", "Ion,Ionuț", "Elena,Lenuța",
        "Георги,Гошо", "Georgi,Gosho", "Димитър,Митко", "Hristo,Itso", "Христо,Hristo",
        "János,John", "Ioan,Ivan", "István,Stephen", "Mária,Mary",
        "Tomasz,Tomek", "Małgorzata,Gosia", "Weronika,Wera", "Iryna,Ira", "Aleksandr,Šura", "Олександр,Sasha",
    })
    void knowsDiminutivesInEveryLanguageSeen(String a, String b) {
        assertThat(same(a, b)).isTrue();
        assertThat(same(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"Margaret,Peggy", "Margaret,Maggie", "Howard,Howie", "William,Bill", "Abigail,Gail", "Cornelius,Neil"})
    void knowsThePublicEnglishNicknameList(String a, String b) {
        assertThat(same(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"William,Robert", "Patrick,Patricia", "Christopher,Christine", "László,István", "Attila,Zoltán"})
    void doesNotEquateDifferentNames(String a, String b) {
        assertThat(same(a, b)).isFalse();
    }
}
