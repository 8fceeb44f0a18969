package uk.toex.crosslink.resolution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonInputTest {

    @Test
    void aRecordsStoredPropertiesReadBackAsTheSameInput() {
        PersonInput input = new PersonInput("ESSEX/ATHENA/A-9", "Attila", "Lakatos", List.of("Lakatos Attila"), "1984-03",
                "M", "HU", List.of("+36 30 123 4567"), List.of(), "12 Salhouse Road", null, List.of("PASSPORT:AB123456"));

        assertThat(input.toProperties()).containsEntry("force", "ESSEX").containsEntry("system", "ATHENA")
                .containsEntry("recordId", "A-9");
        assertThat(PersonInput.fromProperties(input.key(), input.toProperties())).isEqualTo(input);
    }

    @Test
    void aSingleValueStoredWhereAListBelongsReadsAsAListOfOne() {
        assertThat(PersonInput.fromProperties("K/N/1", java.util.Map.of("phones", "07700900123")).phones())
                .containsExactly("07700900123");
    }
}
