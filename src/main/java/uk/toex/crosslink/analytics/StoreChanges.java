package uk.toex.crosslink.analytics;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.resolution.service.PersonRecordsIngested;

/**
 * Counts ingests that changed person records, so products computed once (discovered groups, harm
 * flags) know they are out of date and recompute on their next request (docs/ANALYTICS.md).
 */
@Component
public class StoreChanges {

    private final AtomicLong generation = new AtomicLong(1);

    @EventListener
    public void onIngested(PersonRecordsIngested event) {
        generation.incrementAndGet();
    }

    /** Also called by hand (a refresh on demand) to force recomputation. */
    public void changed() {
        generation.incrementAndGet();
    }

    public long generation() {
        return generation.get();
    }
}
