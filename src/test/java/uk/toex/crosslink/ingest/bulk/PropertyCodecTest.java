package uk.toex.crosslink.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyCodecTest {

    @Test
    void keepsEveryValueTypeIngestWritesAndLeavesNullsOut() throws IOException {
        Map<String, Object> props = new HashMap<>();
        props.put("familyName", "Иванов");
        props.put("gravity", 8L);
        props.put("small", 3);
        props.put("score", 0.25);
        props.put("contradiction", true);
        props.put("extracted", LocalDate.of(2024, 7, 1));
        props.put("ingestedAt", ZonedDateTime.of(2024, 7, 1, 10, 0, 0, 5, ZoneId.of("Europe/London")));
        props.put("postedAt", OffsetDateTime.of(2021, 12, 3, 14, 5, 0, 0, ZoneOffset.ofHours(1)));
        props.put("phones", List.of("07700 900123", "+36 30 123 4567"));
        props.put("aliases", List.of());
        props.put("missing", null);

        Map<String, Object> back = roundTrip(props);

        assertThat(back).doesNotContainKey("missing").hasSize(10)
                .containsEntry("familyName", "Иванов").containsEntry("gravity", 8L).containsEntry("small", 3L)
                .containsEntry("score", 0.25).containsEntry("contradiction", true)
                .containsEntry("extracted", LocalDate.of(2024, 7, 1))
                .containsEntry("ingestedAt", props.get("ingestedAt")).containsEntry("postedAt", props.get("postedAt"));
        assertThat((String[]) back.get("phones")).containsExactly("07700 900123", "+36 30 123 4567");
        assertThat((String[]) back.get("aliases")).isEmpty();
    }

    @Test
    void refusesAValueItCannotStageRatherThanDropIt() {
        assertThatThrownBy(() -> roundTrip(Map.of("blob", new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blob");
    }

    private static Map<String, Object> roundTrip(Map<String, Object> props) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PropertyCodec.write(new DataOutputStream(bytes), props);
        return PropertyCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
