package uk.toex.crosslink.search;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the service starts, writes in the background the search words of every person record that
 * lacks the current ones ({@link SearchTokenIndexer#catchUp}). Only the service searches, so only
 * the service catches up: a command never does (on the 100k store the catch-up read every record,
 * a fifth of an export's CPU, and a command's exit cut it off anyway; docs/BENCHMARKS.md, "First
 * use (session 6)"). The next start of the service catches up what a command's load left.
 */
@Component
@ConditionalOnProperty(name = "crosslink.command", havingValue = "false", matchIfMissing = true)
class SearchWordsOnStart {

    private final SearchTokenIndexer indexer;

    SearchWordsOnStart(SearchTokenIndexer indexer) {
        this.indexer = indexer;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void catchUpInBackground() {
        Thread thread = new Thread(indexer::catchUp, "search-words");
        thread.setDaemon(true);
        thread.start();
    }
}
