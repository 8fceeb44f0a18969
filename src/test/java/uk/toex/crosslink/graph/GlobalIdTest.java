package uk.toex.crosslink.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void encodesTypeAndKeyAsUrlSafeBase64WithoutPadding() {
        assertThat(GlobalId.encode("PersonRecord", "NORFOLK/ATHENA/123")).isEqualTo("UGVyc29uUmVjb3JkOk5PUkZPTEsvQVRIRU5BLzEyMw");
        assertThat(GlobalId.encode("Person", "P-0123456789abcdef")).isEqualTo("UGVyc29uOlAtMDEyMzQ1Njc4OWFiY2RlZg");
    }

    @Test
    void decodesWhatItEncodesEvenWithColonsSlashesAndCyrillicInTheKey() {
        for (String key : new String[] {"NORFOLK/ATHENA/123", "PASSPORT:HU1", "NR1 1BB|12 HIGH ST", "Иванов?&=/"}) {
            assertThat(GlobalId.decode(GlobalId.encode("Address", key))).isEqualTo(new GlobalId("Address", key));
        }
    }

    @Test
    void refusesIdsThatNameNoTypeAndKey() {
        for (String bad : new String[] {"", "***", "UGVyc29u", "OlBlcnNvbg", "UGVyc29uOg", "_w"}) {
            assertThatThrownBy(() -> GlobalId.decode(bad)).as(bad)
                    .isInstanceOf(InvalidInputException.class).hasMessage("not a valid id");
        }
    }
}
