package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.security.Redaction;

class DisplayNameTest {

    @Test
    void takesTheNameMostRecordsGive() {
        assertThat(DisplayName.of(List.of(record("Atila", "Lakatos"), record("Attila", "Lakatos"), record("Attila", "LAKATOS"))))
                .isEqualTo("Attila Lakatos");
    }

    @Test
    void prefersLatinScriptEvenWhenCyrillicIsMoreFrequent() {
        assertThat(DisplayName.of(List.of(record("Иван", "Иванов"), record("Иван", "Иванов"), record("Ivan", "Ivanov"))))
                .isEqualTo("Ivan Ivanov");
        assertThat(DisplayName.of(List.of(record("Иван", "Иванов")))).isEqualTo("Иван Иванов");
    }

    @Test
    void softensCapitalsAndKeepsDiacritics() {
        assertThat(DisplayName.of(List.of(record("ŠTEFAN", "NOVÁK")))).isEqualTo("Štefan Novák");
    }

    @Test
    void namesAPersonWithoutNamedRecordsPlainly() {
        assertThat(DisplayName.of(List.of(record(null, null)))).isEqualTo(DisplayName.UNNAMED);
        assertThat(DisplayName.of(List.of())).isEqualTo(DisplayName.UNNAMED);
    }

    @Test
    void aPersonWhoseIdentityIsHiddenIsNamedOnlyByTheRedactionMarker() {
        PersonRecord hidden = new PersonRecord("F/S/1", Map.of("givenNames", Redaction.MARKER), "P-1", true);
        assertThat(DisplayName.of(List.of(record("Attila", "Lakatos"), hidden))).isEqualTo(Redaction.MARKER);
    }

    private static PersonRecord record(String given, String family) {
        Map<String, Object> props = new HashMap<>();
        props.put("givenNames", given);
        props.put("familyName", family);
        return new PersonRecord("F/S/" + given, props, "P-1", false);
    }
}
