package uk.toex.crosslink.ingest.bulk;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.toex.crosslink.ingest.files.RecordFiles;

/** The first load derives links only for record files it knows, and says so for any other. */
class StagedLinksTest {

    @Test
    void refusesARecordFileItHasNoDerivationsFor(@TempDir Path dir) {
        try (StagedGraph graph = new StagedGraph(dir)) {
            StagedLinks links = new StagedLinks(graph);
            assertThatThrownBy(() -> links.derived("vehicles", "K/S/1", Map.of(), Map.of("id", "b")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vehicles");
        }
    }

    @Test
    void acceptsTheRecordFilesThatDeriveNothing(@TempDir Path dir) {
        try (StagedGraph graph = new StagedGraph(dir)) {
            StagedLinks links = new StagedLinks(graph);
            // OCGs and operations derive nothing: the call must simply be accepted
            for (String kind : new String[] {RecordFiles.OCGS.cypher(), RecordFiles.OPERATIONS.cypher()}) {
                assertThatCode(() -> links.derived(kind, "K/S/1", Map.of(), Map.of("id", "b"))).doesNotThrowAnyException();
            }
        }
    }
}
