package uk.toex.crosslink.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.csv.CsvFile;
import uk.toex.crosslink.ingest.csv.CsvRow;
import uk.toex.crosslink.ingest.files.CallsFile;
import uk.toex.crosslink.ingest.files.RowRejected;
import uk.toex.crosslink.ingest.store.CallPairs;
import uk.toex.crosslink.resolution.normalise.PhoneNormaliser;

/**
 * Loads {@code calls.csv}: validates every event, folds it into its number pair's aggregate,
 * then writes the aggregates. Columns outside the contract cannot survive aggregation; the
 * report names them as ignored.
 */
final class CallsFileIngester {

    private static final int NUMBER_CACHE = 100_000;

    private final int chunkRows;

    CallsFileIngester(int chunkRows) {
        this.chunkRows = chunkRows;
    }

    FileReport ingest(BatchRun run, Path path) throws IOException {
        FileTally tally = new FileTally(CallsFile.NAME);
        CallPairs pairs = new CallPairs();
        Map<String, String> numbers = new HashMap<>();
        try (CsvFile csv = CsvFile.open(path, CallsFile.knownColumns())) {
            csv.header().require(CallsFile.requiredColumns());
            tally.unreadable(csv.header().problem());
            run.progress.fileStarted(csv.name());
            tally.ignoredColumns(csv.header().extraColumns());
            CsvRow row;
            while ((row = csv.next(r -> RecordFileIngester.rejected(run, tally, r))) != null) {
                tally.read();
                try {
                    Map<String, Object> v = run.parser.parse(row, CallsFile.COLUMNS);
                    pairs.add(number(row, "from_number", numbers), number(row, "to_number", numbers),
                            (OffsetDateTime) v.get("startedAt"), (Long) v.get("durationS"), (String) v.get("kind"));
                } catch (RowRejected e) {
                    tally.rejected();
                    run.reject(new Rejection(CallsFile.NAME, row.line(), e.column(), e.getMessage(), row.raw()));
                }
                if (tally.readSoFar() % 1000 == 0) {
                    run.progress.rows(CallsFile.NAME, tally.readSoFar(), csv.bytesRead(), csv.size());
                }
            }
        }
        List<Map<String, Object>> rows = pairs.rows();
        Map<String, Object> batch = run.batchParam();
        for (int i = 0; i < rows.size(); i += chunkRows) {
            List<Map<String, Object>> chunk = rows.subList(i, Math.min(rows.size(), i + chunkRows));
            run.pipeline.submit(() -> run.writer.calls(run.manifest.source(), chunk, batch), tally::add);
        }
        run.pipeline.drain();
        run.progress.fileDone(CallsFile.NAME, tally.readSoFar());
        return tally.report();
    }

    private static String number(CsvRow row, String column, Map<String, String> cache) throws RowRejected {
        String recorded = row.value(column);
        if (cache.size() > NUMBER_CACHE) {
            cache.clear();
        }
        String e164 = cache.computeIfAbsent(recorded, r -> PhoneNormaliser.normalise(r).orElse(""));
        if (e164.isEmpty()) {
            throw new RowRejected(row.columnName(column), "not a phone number: it has no digits");
        }
        return e164;
    }
}
