package uk.toex.crosslink.security;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import uk.toex.crosslink.ingest.IngestReport;
import uk.toex.crosslink.ingest.IngestService;
import uk.toex.crosslink.resolution.service.PersonFacts;
import uk.toex.crosslink.store.CypherRunner;
import uk.toex.crosslink.support.TestNeo4j;

/**
 * Loads {@link MatrixWorld} into a cleared store the way data really arrives: CSV batches written
 * to {@code workDir} ({@link MatrixBatches}) and ingested by the {@link IngestService}. The records
 * are then placed into the world's persons as resolution would place them
 * ({@code cypher/test/place-records.cypher}).
 */
final class MatrixFixture {

    private MatrixFixture() {
    }

    static void load(IngestService ingest, CypherRunner cypher, Path workDir) {
        load(ingest, cypher, workDir, (dir, force) -> { });
    }

    /** With files of {@code more} added to each force's batch (e.g. {@link MatrixOffences}). */
    static void load(IngestService ingest, CypherRunner cypher, Path workDir, BiConsumer<Path, String> more) {
        TestNeo4j.clear();
        for (Path batch : MatrixBatches.write(workDir, more)) {
            IngestReport report = ingest.ingest(batch);
            if (report.rejected() > 0) {
                throw new IllegalStateException("The matrix batch " + batch + " has rejected rows: " + report.rejections());
            }
        }
        placeRecords(cypher);
    }

    static void placeRecords(CypherRunner cypher) {
        List<Map<String, Object>> placements = MatrixWorld.RECORDS.stream()
                .map(r -> Map.<String, Object>of("key", r.key(), "personId", r.personId())).toList();
        cypher.write("test/place-records", Map.of("placements", placements));
        // the test places records behind resolution's back: bring the persons' facts up to date as
        // the start-up catch-up would, so lists and counts answer from them
        new PersonFacts(cypher, false).catchUp();
    }
}
