package uk.toex.crosslink.demo.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.toex.crosslink.demo.world.Source;
import uk.toex.crosslink.demo.world.Sources;

/**
 * Every batch folder of the world plus {@code ground-truth.csv} ({@code force,system,record_id,entity_id}),
 * all open at once so that the world is written as it is generated, one cluster at a time.
 */
public final class WorldOutput implements Closeable {

    public static final String GROUND_TRUTH = "ground-truth.csv";

    private final List<BatchOutput> batches = new ArrayList<>();
    private final CSVPrinter truth;
    private long truthRows;
    private boolean closed;

    private WorldOutput(Path root, long seed) throws IOException {
        for (Source source : Sources.all()) {
            batches.add(BatchOutput.open(root, source, seed));
        }
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(root.resolve(GROUND_TRUTH)), StandardCharsets.UTF_8), 1 << 16);
        truth = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        truth.printRecord("force", "system", "record_id", "entity_id");
    }

    public static WorldOutput open(Path root, long seed) throws IOException {
        Files.createDirectories(root);
        return new WorldOutput(root, seed);
    }

    public BatchOutput batch(Source source) {
        return batches.get(source.index());
    }

    public List<BatchOutput> batches() {
        return List.copyOf(batches);
    }

    /** Records that a person record belongs to a true person. */
    public void truth(Source source, String recordId, String entityId) {
        try {
            truth.printRecord(source.force(), source.system(), recordId, entityId);
            truthRows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long personRecords() {
        return truthRows;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        for (BatchOutput batch : batches) {
            try {
                batch.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        truth.close(true);
        if (failure != null) {
            throw failure;
        }
    }
}
