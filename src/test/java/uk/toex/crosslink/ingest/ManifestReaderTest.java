package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestReaderTest {

    @TempDir
    Path dir;

    Manifest read(String json) {
        return ManifestReader.read(BatchFolder.at(dir).manifest(json).path());
    }

    @Test
    void readsEveryFieldAndAcceptsTheContractsCommentedExample() {
        Manifest m = read("""
                {
                  "force": "WEST_MERCIA",   // owning force
                  "system": "ATHENA2",
                  "extracted": "2023-01-31",
                  "dateFormat": "dd/MM/yyyy",
                  "handling": "c",
                }""");

        assertThat(m).isEqualTo(new Manifest("WEST_MERCIA", "ATHENA2", LocalDate.of(2023, 1, 31), "dd/MM/yyyy", "C"));
        assertThat(m.recordKey("P1")).isEqualTo("WEST_MERCIA/ATHENA2/P1");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        assertThat(read("{\"force\":\"NCA\",\"system\":\"PND\",\"extracted\":\"2024-02-29\"}"))
                .isEqualTo(new Manifest("NCA", "PND", LocalDate.of(2024, 2, 29), null, null));
    }

    @Test
    void refusesTheBatchNamingFileFieldAndReason() {
        String ok = "\"system\":\"ATHENA\",\"extracted\":\"2023-01-31\"";
        assertThatThrownBy(() -> read("{\"force\":\"norfolk\"," + ok + "}")).isInstanceOf(BatchRefusedException.class)
                .hasMessageContaining("manifest.json: field force: must be 2 to 32 of A-Z and _ (got \"norfolk\")");
        assertThatThrownBy(() -> read("{" + ok + "}")).hasMessageContaining("field force: missing");
        assertThatThrownBy(() -> read("{\"force\":\"KENT\",\"system\":\"A-B\",\"extracted\":\"2023-01-31\"}"))
                .hasMessageContaining("field system: must be 2 to 32 of A-Z, 0-9 and _");
        assertThatThrownBy(() -> read("{\"force\":\"KENT\",\"system\":\"AB\",\"extracted\":\"31/01/2023\"}"))
                .hasMessageContaining("field extracted: must be an ISO date YYYY-MM-DD");
        assertThatThrownBy(() -> read("{\"force\":\"KENT\"," + ok + ",\"dateFormat\":\"MM/yyyy\"}"))
                .hasMessageContaining("field dateFormat: must be a java.time pattern naming day, month and year (got \"MM/yyyy\")");
        assertThatThrownBy(() -> read("{\"force\":\"KENT\"," + ok + ",\"dateFormat\":\"qqq{\"}"))
                .hasMessageContaining("field dateFormat: must be a java.time pattern naming day, month and year");
        assertThatThrownBy(() -> read("{\"force\":\"KENT\"," + ok + ",\"handling\":\"X\"}"))
                .hasMessageContaining("field handling: must be P or C");
        assertThatThrownBy(() -> read("{\"force\":\"KENT\"," + ok + ",\"force\":\"NCA\"}"))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("[1]")).hasMessageContaining("must be a JSON object");
    }

    @Test
    void refusesAMissingManifestOrFolder() {
        assertThatThrownBy(() -> ManifestReader.read(dir)).isInstanceOf(BatchRefusedException.class)
                .hasMessageContaining("manifest.json: missing");
        assertThatThrownBy(() -> ManifestReader.read(dir.resolve("nope"))).hasMessageContaining("not a directory");
    }
}
