package uk.toex.crosslink.resolution.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.store.CypherRunner;

/**
 * Keeps the per-person visibility facts exact (which forces hold a record of each person, which a
 * record handled P: {@code cypher/fragments/person-facts-refresh.cypher}), so that lists, counts
 * and linkage by force read them instead of every record (docs/SECURITY.md, "Facts"). Writers
 * that move {@code RESOLVES_TO} call {@link #refresh} with the persons they touched (ingest does
 * it in its chunk's own transaction). A store built before the facts, or by anything that did not
 * keep them, is caught up in the background on start; until it is marked current, reads answer
 * from the records themselves.
 */
@Component
public class PersonFacts {

    /** The facts' version: the number {@code fragments/facts-current} and {@code facts/mark-current} say. */
    public static final int VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(PersonFacts.class);
    static final int PAGE = 10_000;

    private final CypherRunner cypher;
    private final boolean catchUpOnStart;

    public PersonFacts(CypherRunner cypher,
                       @Value("${crosslink.person-facts.catch-up-on-start:true}") boolean catchUpOnStart) {
        this.cypher = cypher;
        this.catchUpOnStart = catchUpOnStart;
    }

    /** Makes the facts of these persons exact from their current records (absent persons are skipped). */
    public void refresh(Collection<String> personIds) {
        List<String> ids = new ArrayList<>(personIds);
        for (int from = 0; from < ids.size(); from += PAGE) {
            cypher.write("facts/refresh", Map.of("ids", ids.subList(from, Math.min(ids.size(), from + PAGE))));
        }
    }

    public boolean current() {
        return Boolean.TRUE.equals(cypher.systemRead("facts/is-current", Map.of()).get(0).get("current"));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUpInBackground() {
        if (!catchUpOnStart) {
            return;
        }
        Thread thread = new Thread(() -> {
            if (current()) {
                log.info("Person facts current (no catch-up needed)");
            } else {
                catchUp();
            }
        }, "person-facts");
        thread.setDaemon(true);
        thread.start();
    }

    /** Refreshes every person's facts, then marks them current; returns whether the mark was written. */
    public synchronized boolean catchUp() {
        long persons = 0;
        String after = "";
        while (true) {
            List<String> page = cypher.systemRead("facts/persons-page", Map.of("after", after, "limit", PAGE))
                    .stream().map(row -> (String) row.get("id")).toList();
            if (page.isEmpty()) {
                break;
            }
            refresh(page);
            persons += page.size();
            after = page.get(page.size() - 1);
        }
        boolean marked = Boolean.TRUE.equals(cypher.write("facts/mark-current", Map.of()).get(0).get("marked"));
        if (marked) {
            log.info("Person facts current ({} persons refreshed)", persons);
        } else {
            log.warn("Person facts refreshed for {} persons but not marked: persons were written meanwhile without"
                    + " their facts; reads keep answering from the records until the next start", persons);
        }
        return marked;
    }
}
