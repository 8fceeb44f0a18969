package uk.toex.crosslink.resolution.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.EngineResult.ScoredPair;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Writes resolution results with batched, parameterised UNWIND statements: which person each
 * record resolves to (only records that move), the links that formed each person, open review
 * items; removes persons left without records, and keeps the moved records' persons' facts
 * exact ({@link PersonFacts}).
 */
@Component
public class ResolutionWriter {

    static final int BATCH = 10_000;

    private final CypherRunner cypher;
    private final PersonFacts facts;

    public ResolutionWriter(CypherRunner cypher, PersonFacts facts) {
        this.cypher = cypher;
        this.facts = facts;
    }

    /** @return how many records moved to another (or a new) person */
    public int assign(Map<String, String> target, Map<String, String> current, Map<String, Double> score) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> vacated = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        target.forEach((record, id) -> {
            String old = current.get(record);
            if (!id.equals(old)) {
                rows.add(Map.of("key", record, "personId", id, "score", score.getOrDefault(record, 1.0)));
                touched.add(id);
                if (old != null) {
                    vacated.add(old);
                    touched.add(old);
                }
            }
        });
        rows.sort((a, b) -> ((String) a.get("key")).compareTo((String) b.get("key")));
        inBatches("resolution/write-assignments", "rows", rows);
        inBatches("resolution/remove-empty-persons", "ids", vacated.stream().distinct().toList());
        facts.refresh(touched);
        return rows.size();
    }

    public void replaceLinks(List<String> records, List<ScoredPair> links) {
        inBatches("resolution/clear-links", "keys", records);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScoredPair link : links) {
            rows.add(Map.of("a", link.recordA(), "b", link.recordB(), "probability", link.probability()));
        }
        inBatches("resolution/write-links", "rows", rows);
    }

    /** Clears the ingest's placement mark of records whose placement is now written (the last write of a placement). */
    public void markPlaced(List<String> keys) {
        inBatches("resolution/mark-placed", "keys", keys);
    }

    public void writeReviewItems(List<ScoredPair> pairs) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (ScoredPair pair : pairs) {
            boolean inOrder = pair.recordA().compareTo(pair.recordB()) < 0;
            String a = inOrder ? pair.recordA() : pair.recordB();
            String b = inOrder ? pair.recordB() : pair.recordA();
            rows.put(a + "|" + b, Map.of("a", a, "b", b, "probability", pair.probability(),
                    "contradiction", pair.contradiction()));
        }
        inBatches("resolution/write-review-items", "rows", new ArrayList<>(rows.values()));
    }

    <T> void inBatches(String query, String parameter, List<T> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            cypher.write(query, Map.of(parameter, rows.subList(from, Math.min(rows.size(), from + BATCH))));
        }
    }
}
