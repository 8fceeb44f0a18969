package uk.toex.crosslink.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.files.RecordFiles;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.resolution.service.ResolutionService;
import uk.toex.crosslink.resolution.service.RunSummary;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Resolution through the store: synthetic person records written as ingest writes them (each
 * with its own person), then a full {@code resolve}: load, engine, write. Run it on an empty,
 * throw-away data directory.
 */
public final class StoreBenchmark {

    private static final int BATCH = 10_000;

    private StoreBenchmark() {
    }

    public static String run(CypherRunner cypher, ResolutionService resolution, int persons) {
        List<PersonInput> records = EngineSample.generate(persons, 42L).records();
        long t0 = System.currentTimeMillis();
        for (int from = 0; from < records.size(); from += BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PersonInput r : records.subList(from, Math.min(records.size(), from + BATCH))) {
                rows.add(row(r));
            }
            cypher.write("bench/person-records", Map.of("rows", rows));
        }
        long loaded = System.currentTimeMillis() - t0;
        long t1 = System.currentTimeMillis();
        RunSummary summary = resolution.resolveAll(true, (stage, detail) ->
                System.err.printf("[%6.1fs] %s: %s%n", (System.currentTimeMillis() - t1) / 1000.0, stage, detail));
        long resolved = System.currentTimeMillis() - t1;
        return String.format("records=%d written_in=%.1fs resolve=%.1fs persons=%d moved=%d pairs_compared=%d",
                records.size(), loaded / 1000.0, resolved / 1000.0, summary.persons(), summary.moved(),
                summary.pairsCompared());
    }

    /** A record as ingest stores a new one: its properties and its own person's id. */
    private static Map<String, Object> row(PersonInput r) {
        Map<String, Object> row = r.toProperties();
        row.put("personId", RecordFiles.personId(r.key()));
        return row;
    }
}
