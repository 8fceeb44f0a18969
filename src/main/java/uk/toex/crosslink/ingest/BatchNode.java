package uk.toex.crosslink.ingest;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.ingest.store.IngestCypher;

/** The {@code Batch} node of each run: written as it starts, completed when it ends. */
@Component
class BatchNode {

    private final IngestCypher cypher;

    BatchNode(IngestCypher cypher) {
        this.cypher = cypher;
    }

    void start(BatchRun run, String source) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", run.batchId);
        props.put("force", run.manifest.force());
        props.put("system", run.manifest.system());
        props.put("extracted", run.manifest.extracted());
        props.put("handling", run.manifest.handling());
        props.put("dateFormat", run.manifest.dateFormat());
        props.put("source", source);
        props.put("dir", run.dir.toString());
        cypher.runAlone("batch-start", run.batchParam(), Map.of("props", props));
    }

    void finish(BatchRun run, IngestReport report) {
        Map<String, Object> props = new HashMap<>();
        props.put("status", report.status());
        props.put("rows", report.rows());
        props.put("accepted", report.accepted());
        props.put("updated", report.updated());
        props.put("unchanged", report.unchanged());
        props.put("rejected", report.rejected());
        props.put("rejectFile", report.rejectFile());
        cypher.runAlone("batch-finish", run.batchParam(), Map.of("props", props));
    }

    /** Best effort: the store may be what failed. */
    void failed(BatchRun run) {
        try {
            cypher.runAlone("batch-finish", run.batchParam(), Map.of("props", Map.of("status", "failed")));
        } catch (RuntimeException ignored) {
            // the original failure is what the caller needs to see
        }
    }
}
