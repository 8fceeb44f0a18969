package uk.toex.crosslink.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.service.PersonRecordsIngested;
import uk.toex.crosslink.resolution.engine.PersonInput;
import uk.toex.crosslink.security.AccessScope;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Keeps every person record's search words ({@link SearchTokens}) current: the records of each
 * ingest batch as it lands, and on start-up, in the background, every record without the current
 * words (a store filled by the offline importer, or by an older release; started by
 * {@link SearchWordsOnStart}). Search finds a record only once it has its words.
 */
@Component
public class SearchTokenIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchTokenIndexer.class);
    private static final int PAGE = 5000;

    private final CypherRunner cypher;

    public SearchTokenIndexer(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @EventListener
    public void onIngested(PersonRecordsIngested event) {
        for (int from = 0; from < event.recordKeys().size(); from += PAGE) {
            List<String> keys = event.recordKeys().subList(from, Math.min(event.recordKeys().size(), from + PAGE));
            write(cypher.read("queries/search/records-by-key", AccessScope.system(), Map.of("keys", keys)));
        }
    }

    /** Writes the words of every record that lacks the current ones; returns how many it wrote. */
    public synchronized long catchUp() {
        long written = 0;
        String after = "";
        while (true) {
            List<Map<String, Object>> page = cypher.read("queries/search/records-unindexed", AccessScope.system(),
                    Map.of("after", after, "limit", PAGE, "version", SearchTokens.VERSION));
            if (page.isEmpty()) {
                break;
            }
            after = (String) page.get(page.size() - 1).get("key");
            written += write(page.stream().filter(row -> !Boolean.TRUE.equals(row.get("current"))).toList());
        }
        if (written > 0) {
            log.info("Search words written for {} person records", written);
        }
        return written;
    }

    @SuppressWarnings("unchecked")
    private int write(List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>(records.size());
        for (Map<String, Object> record : records) {
            String key = (String) record.get("key");
            PersonInput input = PersonInput.fromProperties(key, (Map<String, Object>) record.get("props"));
            rows.add(Map.of("key", key, "text", SearchTokens.of(input)));
        }
        cypher.write("queries/search/tokens-write", Map.of("rows", rows, "version", SearchTokens.VERSION));
        return rows.size();
    }
}
