package uk.toex.crosslink.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.LinkFiles;
import uk.toex.crosslink.ingest.files.RecordFile;
import uk.toex.crosslink.ingest.files.RecordFiles;

/**
 * Each file kind declares the Cypher steps that write it ({@link RecordFile#steps()},
 * {@link LinkFile#steps()}); every declared step has its file under {@code cypher/ingest/} and
 * every file there is a declared step, so a missing or misnamed file fails here, not mid-batch.
 */
class IngestStepsTest {

    /** Written once per batch or per calls file rather than per record or link file. */
    private static final List<String> BATCH_AND_CALLS = List.of("batch-start", "batch-finish", "calls-existing",
            "calls-write");

    @Test
    void everyDeclaredStepHasItsFileAndEveryFileIsADeclaredStep() throws IOException {
        List<String> declared = new ArrayList<>(BATCH_AND_CALLS);
        RecordFiles.ALL.forEach(f -> declared.addAll(f.steps()));
        LinkFiles.ALL.forEach(f -> declared.addAll(f.steps()));
        try (Stream<Path> files = Files.list(Path.of("cypher", "ingest"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".cypher", "")))
                    .containsExactlyInAnyOrderElementsOf(declared);
        }
    }

    @Test
    void onlyFilesThatDeriveLinksFromTheirRowsRelinkAChangedRecord() {
        assertThat(RecordFiles.ALL.stream().filter(RecordFile::relinks).map(RecordFile::name))
                .containsExactly("persons.csv", "adverts.csv", "offences.csv");
        assertThat(RecordFiles.PERSONS.steps()).containsExactly("persons-existing", "persons-create", "persons-current",
                "persons-update", "persons-link");
        assertThat(RecordFiles.OCGS.steps()).doesNotContain("ocgs-link");
    }
}
