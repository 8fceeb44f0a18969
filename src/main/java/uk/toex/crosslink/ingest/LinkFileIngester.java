package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.toex.crosslink.ingest.csv.CsvFile;
import uk.toex.crosslink.ingest.csv.CsvRow;
import uk.toex.crosslink.ingest.files.Column;
import uk.toex.crosslink.ingest.files.ContentHash;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.RowRejected;
import uk.toex.crosslink.ingest.store.KeyedRow;

/**
 * Loads one link file. A link is identified by its file's identity columns (e.g. person,
 * address, relation, from) within the source, so re-sending it is {@code unchanged} and
 * re-sending it with other attributes is {@code updated}.
 */
final class LinkFileIngester {

    private final int chunkRows;

    LinkFileIngester(int chunkRows) {
        this.chunkRows = chunkRows;
    }

    FileReport ingest(BatchRun run, LinkFile file, Path path) throws IOException {
        FileTally tally = new FileTally(file.name());
        Map<String, Integer> seen = new HashMap<>();
        try (CsvFile csv = CsvFile.open(path, file.knownColumns())) {
            csv.header().require(file.requiredColumns());
            tally.unreadable(csv.header().problem());
            run.progress.fileStarted(csv.name());
            tally.extraColumns(csv.header().extraColumns());
            List<KeyedRow> chunk = new ArrayList<>(chunkRows);
            CsvRow row;
            while ((row = csv.next(r -> RecordFileIngester.rejected(run, tally, r))) != null) {
                tally.read();
                try {
                    chunk.add(keyed(run, file, row, seen));
                } catch (RowRejected e) {
                    tally.rejected();
                    run.reject(new Rejection(file.name(), row.line(), e.column(), e.getMessage(), row.raw()));
                }
                if (tally.readSoFar() % 1000 == 0) {
                    run.progress.rows(file.name(), tally.readSoFar(), csv.bytesRead(), csv.size());
                }
                if (chunk.size() == chunkRows) {
                    List<KeyedRow> full = chunk;
                    Map<String, Object> batch = run.batchParam();
                    run.pipeline.submit(() -> run.writer.links(file, full, batch), tally::add);
                    chunk = new ArrayList<>(chunkRows);
                }
            }
            if (!chunk.isEmpty()) {
                List<KeyedRow> last = chunk;
                Map<String, Object> batch = run.batchParam();
                run.pipeline.submit(() -> run.writer.links(file, last, batch), tally::add);
            }
            run.pipeline.drain();
        }
        run.progress.fileDone(file.name(), tally.readSoFar());
        return tally.report();
    }

    private KeyedRow keyed(BatchRun run, LinkFile file, CsvRow row, Map<String, Integer> seen) throws RowRejected {
        Map<String, Object> content = run.parser.parse(row, file.columns());
        for (Column column : file.columns()) {
            String target = column.property().equals(file.to()) ? file.toFile().apply(content) : column.refersTo();
            String ref = target == null ? null : (String) content.get(column.property());
            if (ref != null && !run.ids(target).isAccepted(ref)) {
                throw new RowRejected(row.columnName(column.name()),
                        "record_id " + ref + " is not an accepted row of " + target + " in this batch");
            }
        }
        String identity = file.identity().stream().map(p -> String.valueOf(content.get(p)))
                .collect(Collectors.joining("\u001f"));
        String linkKey = run.manifest.source() + "/" + file.cypher() + "/" + ContentHash.hex(identity).substring(0, 32);
        Integer first = seen.putIfAbsent(linkKey, row.line());
        if (first != null) {
            String columns = file.columns().stream().filter(c -> file.identity().contains(c.property()))
                    .map(Column::name).collect(Collectors.joining(", "));
            throw new RowRejected(null, "duplicate link: same " + columns + " as line " + first);
        }
        content.putAll(row.extras());
        String hash = ContentHash.of(content);
        Map<String, Object> props = new LinkedHashMap<>(content);
        props.put("linkKey", linkKey);
        props.put("hash", hash);
        Map<String, Object> params = new HashMap<>();
        params.put("linkKey", linkKey);
        params.put("from", run.manifest.recordKey((String) content.get(file.from())));
        params.put("to", run.manifest.recordKey((String) content.get(file.to())));
        params.put("kind", file.kind() == null ? null : content.get(file.kind()));
        params.put("props", props);
        return new KeyedRow(linkKey, hash, params);
    }
}
