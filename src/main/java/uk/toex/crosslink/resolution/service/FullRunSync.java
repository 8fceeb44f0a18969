package uk.toex.crosslink.resolution.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.engine.EngineResult.ScoredPair;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Brings the stored forming links and review items to what a full run found, writing only the
 * differences: a full run over an unchanged store (the first placement after a start, or
 * {@code resolve} again) then reads a million links instead of deleting and rewriting them.
 */
@Component
public class FullRunSync {

    private final CypherRunner cypher;
    private final ResolutionWriter writer;

    public FullRunSync(CypherRunner cypher, ResolutionWriter writer) {
        this.cypher = cypher;
        this.writer = writer;
    }

    /** @return links written or removed */
    public int links(List<ScoredPair> links) {
        Map<String, Object> stored = stored("resolution/stored-links", r -> r.get("a") + "|" + r.get("b"),
                r -> r.get("probability"));
        List<ScoredPair> toWrite = new ArrayList<>();
        for (ScoredPair link : links) {
            Object had = stored.remove(link.recordA() + "|" + link.recordB());
            if (had == null || !had.equals(link.probability())) {
                toWrite.add(link);
            }
        }
        List<Map<String, Object>> gone = stored.keySet().stream()
                .map(k -> Map.<String, Object>of("a", k.substring(0, k.indexOf('|')), "b", k.substring(k.indexOf('|') + 1)))
                .toList();
        writer.inBatches("resolution/delete-links", "rows", gone);
        writer.replaceLinks(List.of(), toWrite);
        return toWrite.size() + gone.size();
    }

    /** @return review items written or closed */
    public int reviewItems(List<ScoredPair> pairs) {
        Map<String, Object> stored = stored("resolution/stored-review-items", r -> (String) r.get("id"),
                r -> java.util.Arrays.asList(r.get("probability"), r.get("contradiction")));
        List<ScoredPair> toWrite = new ArrayList<>();
        for (ScoredPair pair : pairs) {
            boolean inOrder = pair.recordA().compareTo(pair.recordB()) < 0;
            String id = inOrder ? pair.recordA() + "|" + pair.recordB() : pair.recordB() + "|" + pair.recordA();
            Object had = stored.remove(id);
            if (had == null || !had.equals(java.util.Arrays.asList(pair.probability(), pair.contradiction()))) {
                toWrite.add(pair);
            }
        }
        writer.inBatches("resolution/delete-review-items", "ids", new ArrayList<>(stored.keySet()));
        writer.writeReviewItems(toWrite);
        return toWrite.size() + stored.size();
    }

    private Map<String, Object> stored(String query, Function<Map<String, Object>, String> key,
                                       Function<Map<String, Object>, Object> value) {
        Map<String, Object> out = new HashMap<>();
        cypher.systemStream(query, Map.of(), r -> out.put(key.apply(r), value.apply(r)));
        return out;
    }
}
