package uk.toex.crosslink.ingest.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.util.FileSystemUtils;
import uk.toex.crosslink.ingest.store.IngestWriter;
import uk.toex.crosslink.resolution.engine.ProgressListener;

/**
 * A first load into a new embedded store: batches are read into {@link #writer()} as usual, then
 * {@link #importInto} resolves their person records and writes the whole graph with the offline
 * importer. The work folder (staging files, the store being built) is removed on close.
 */
public final class StagedLoad implements AutoCloseable {

    private final Path workDir;
    private final StagedGraph graph;
    private final BulkIngestWriter writer;

    /** What the import made. */
    public record Summary(long nodes, long relationships, int personRecords, int persons) {
    }

    public StagedLoad(Path workDir) {
        this.workDir = workDir;
        delete(workDir);
        this.graph = new StagedGraph(workDir.resolve("staging"));
        this.writer = new BulkIngestWriter(graph);
    }

    public IngestWriter writer() {
        return writer;
    }

    public Summary importInto(Path dataDir, ProgressListener progress) {
        writer.finishBatches();
        StagedPersons persons = writer.persons();
        int resolved = BulkResolution.resolve(persons, graph, ZonedDateTime.now(ZoneOffset.UTC), progress);
        progress.stage("importing", graph.nodeCount() + " nodes, " + graph.relationshipCount() + " relationships");
        OfflineImporter.importInto(dataDir, workDir.resolve("store"), graph.input());
        return new Summary(graph.nodeCount(), graph.relationshipCount(), persons.size(), resolved);
    }

    @Override
    public void close() {
        graph.close();
        delete(workDir);
    }

    private static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the work folder " + dir, e);
        }
    }
}
