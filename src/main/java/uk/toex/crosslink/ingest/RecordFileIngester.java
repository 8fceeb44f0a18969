package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.csv.CsvFile;
import uk.toex.crosslink.ingest.csv.CsvRow;
import uk.toex.crosslink.ingest.files.Column;
import uk.toex.crosslink.ingest.files.ContentHash;
import uk.toex.crosslink.ingest.files.RecordFile;
import uk.toex.crosslink.ingest.files.RecordFiles;
import uk.toex.crosslink.ingest.files.RowRejected;
import uk.toex.crosslink.ingest.store.KeyedRow;

/**
 * Loads one file of source records: each row validated, keyed, hashed and its resolved-layer
 * keys derived on the caller's thread, while the previous chunk is written.
 */
final class RecordFileIngester {

    private final int chunkRows;

    RecordFileIngester(int chunkRows) {
        this.chunkRows = chunkRows;
    }

    FileReport ingest(BatchRun run, RecordFile file, Path path) throws IOException {
        FileTally tally = new FileTally(file.name());
        SeenRecordIds ids = run.ids(file.name());
        try (CsvFile csv = CsvFile.open(path, file.knownColumns())) {
            csv.header().require(List.of("record_id"));
            tally.extraColumns(csv.header().extraColumns());
            List<KeyedRow> chunk = new ArrayList<>(chunkRows);
            CsvRow row;
            while ((row = csv.next(r -> rejected(run, tally, r))) != null) {
                tally.read();
                try {
                    chunk.add(keyed(run, file, row, ids));
                } catch (RowRejected e) {
                    tally.rejected();
                    run.reject(new Rejection(file.name(), row.line(), e.column(), e.getMessage(), row.raw()));
                }
                if (chunk.size() == chunkRows) {
                    submit(run, file, chunk, tally);
                    chunk = new ArrayList<>(chunkRows);
                }
                if (tally.readSoFar() % 1000 == 0) {
                    run.progress.rows(file.name(), tally.readSoFar(), csv.bytesRead(), csv.size());
                }
            }
            if (!chunk.isEmpty()) {
                submit(run, file, chunk, tally);
            }
            run.pipeline.drain();
        }
        run.progress.fileDone(file.name(), tally.readSoFar());
        return tally.report();
    }

    static void rejected(BatchRun run, FileTally tally, Rejection rejection) {
        tally.read();
        tally.rejected();
        run.reject(rejection);
    }

    private void submit(BatchRun run, RecordFile file, List<KeyedRow> chunk, FileTally tally) {
        Map<String, Object> batch = run.batchParam();
        run.pipeline.submit(() -> run.writer.records(file, chunk, batch), result -> {
            tally.add(result);
            if (file == RecordFiles.PERSONS) {
                run.changedPersonKeys.addAll(result.changedKeys());
            }
        });
    }

    private KeyedRow keyed(BatchRun run, RecordFile file, CsvRow row, SeenRecordIds ids) throws RowRejected {
        String recordId = newRecordId(row, ids);
        Map<String, Object> content = run.parser.parse(row, file.allColumns());
        String key = run.manifest.recordKey(recordId);
        Map<String, Object> params = references(run, file, row, content);
        file.derivation().derive(key, content, params);
        if (!content.containsKey("handling") && run.manifest.handling() != null) {
            content.put("handling", run.manifest.handling());
        }
        content.putAll(row.extras());
        String hash = ContentHash.of(content);
        Map<String, Object> props = new LinkedHashMap<>(content);
        props.put("key", key);
        props.put("force", run.manifest.force());
        props.put("system", run.manifest.system());
        props.put("hash", hash);
        params.put("key", key);
        params.put("props", props);
        ids.accepted(recordId);
        return new KeyedRow(key, hash, params);
    }

    /** The row's record_id, present and not seen before in this file (then remembered). */
    private static String newRecordId(CsvRow row, SeenRecordIds ids) throws RowRejected {
        String recordId = row.value("record_id");
        String column = row.columnName("record_id");
        if (recordId == null) {
            throw new RowRejected(column, "required value is missing");
        }
        recordId = recordId.strip();
        Integer first = ids.firstLine(recordId);
        if (first != null) {
            throw new RowRejected(column, "duplicate record_id: already on line " + first);
        }
        ids.seen(recordId, row.line());
        return recordId;
    }

    /** Keys of the records the row refers to ({@code personKey}, ...), each accepted earlier in the batch. */
    private static Map<String, Object> references(BatchRun run, RecordFile file, CsvRow row, Map<String, Object> content)
            throws RowRejected {
        Map<String, Object> params = new HashMap<>();
        for (Column column : file.allColumns()) {
            String ref = column.refersTo() == null ? null : (String) content.get(column.property());
            if (ref != null) {
                if (!run.ids(column.refersTo()).isAccepted(ref)) {
                    throw new RowRejected(row.columnName(column.name()),
                            "record_id " + ref + " is not an accepted row of " + column.refersTo() + " in this batch");
                }
                params.put(column.property().replace("RecordId", "Key"), run.manifest.recordKey(ref));
            }
        }
        return params;
    }
}
