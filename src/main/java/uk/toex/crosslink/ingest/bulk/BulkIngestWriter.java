package uk.toex.crosslink.ingest.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.files.LinkFile;
import uk.toex.crosslink.ingest.files.RecordFile;
import uk.toex.crosslink.ingest.store.ChunkResult;
import uk.toex.crosslink.ingest.store.IngestWriter;
import uk.toex.crosslink.ingest.store.KeyedRow;
import uk.toex.crosslink.ingest.store.RecordChunkWriter;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.search.SearchTokens;

/**
 * Stages batches for the offline importer, making exactly the nodes and relationships the
 * {@code cypher/ingest/*-create} and {@code *-write} files would (docs/MODEL.md). Only for batches
 * whose records are all new: a first load of sources not seen before ({@code BulkLoad} sends any
 * later extract of a source through the store instead), so every row counts as accepted.
 */
final class BulkIngestWriter implements IngestWriter {

    private final StagedGraph graph;
    private final StagedLinks links;
    private final StagedPersons persons = new StagedPersons();
    private final Map<String, Map<String, Object>> batches = new LinkedHashMap<>();

    BulkIngestWriter(StagedGraph graph) {
        this.graph = graph;
        this.links = new StagedLinks(graph);
    }

    @Override
    public ChunkResult records(RecordFile file, List<KeyedRow> rows, Map<String, Object> batch) {
        List<String> keys = new ArrayList<>(rows.size());
        for (KeyedRow row : rows) {
            Map<String, Object> params = RecordChunkWriter.asNew(row.params(), batch);
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) params.get("props");
            if ("persons".equals(file.cypher())) {
                PersonInput input = persons.add(row.key(), props, (java.time.ZonedDateTime) batch.get("now"));
                keys.add(row.key());
                // written with the node, so a first-loaded store is searchable at once (no catch-up on first start)
                props = new HashMap<>(props);
                props.put("searchText", SearchTokens.of(input));
                props.put("searchVersion", SearchTokens.VERSION);
            }
            graph.node(file.label(), row.key(), new String[] {"SourceRecord", file.label()}, props);
            links.derived(file.cypher(), row.key(), params, batch);
        }
        return new ChunkResult(rows.size(), 0, 0, keys);
    }

    @Override
    public ChunkResult links(LinkFile file, List<KeyedRow> rows, Map<String, Object> batch) {
        for (KeyedRow row : rows) {
            links.link(file.cypher(), row.params(), batch);
        }
        return new ChunkResult(rows.size(), 0, 0, List.of());
    }

    @Override
    public ChunkResult calls(String source, List<Map<String, Object>> pairs, Map<String, Object> batch) {
        long events = 0;
        for (Map<String, Object> pair : pairs) {
            links.call(source, pair, batch);
            events += (Long) pair.get("count");
        }
        return new ChunkResult(events, 0, 0, List.of());
    }

    @Override
    public synchronized void batchStarted(Map<String, Object> props, Map<String, Object> batch) {
        Map<String, Object> node = new HashMap<>(props);
        node.put("ingestedAt", batch.get("now"));
        node.put("status", "running");
        batches.put((String) props.get("id"), node);
    }

    @Override
    public synchronized void batchFinished(Map<String, Object> props, Map<String, Object> batch) {
        batches.get((String) batch.get("id")).putAll(props);
    }

    /** The person records staged so far, for resolution before the import. */
    StagedPersons persons() {
        return persons;
    }

    /** Stages the Batch nodes (as they ended) and the Force nodes they come from. */
    synchronized void finishBatches() {
        batches.values().forEach(b -> {
            String force = (String) b.get("force");
            graph.shared("Force", force, Map.of("code", force));
            graph.node("Batch", (String) b.get("id"), new String[] {"Batch"}, b);
            graph.relationship("FROM_FORCE", StagedGraph.id("Batch", (String) b.get("id")),
                    StagedGraph.id("Force", force), Map.of());
        });
    }
}
