package uk.toex.crosslink.ingest;

import java.util.HashMap;
import java.util.Map;

/** The {@code Batch} node of each run: written as it starts, completed when it ends. */
final class BatchNode {

    private BatchNode() {
    }

    static void start(BatchRun run, String source) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", run.batchId);
        props.put("force", run.manifest.force());
        props.put("system", run.manifest.system());
        props.put("extracted", run.manifest.extracted());
        props.put("handling", run.manifest.handling());
        props.put("dateFormat", run.manifest.dateFormat());
        props.put("source", source);
        props.put("dir", run.dir.toString());
        run.writer.batchStarted(props, run.batchParam());
    }

    static void finish(BatchRun run, IngestReport report) {
        Map<String, Object> props = new HashMap<>();
        props.put("status", report.status());
        props.put("rows", report.rows());
        props.put("accepted", report.accepted());
        props.put("updated", report.updated());
        props.put("unchanged", report.unchanged());
        props.put("rejected", report.rejected());
        props.put("rejectFile", report.rejectFile());
        run.writer.batchFinished(props, run.batchParam());
    }

    /** Best effort: the store may be what failed. */
    static void failed(BatchRun run) {
        try {
            run.writer.batchFinished(Map.of("status", "failed"), run.batchParam());
        } catch (RuntimeException ignored) {
            // the original failure is what the caller needs to see
        }
    }
}
