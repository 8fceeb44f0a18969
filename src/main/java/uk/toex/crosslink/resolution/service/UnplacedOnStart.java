package uk.toex.crosslink.resolution.service;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the service starts, places the person records a process killed between committing a batch
 * and placing it left marked {@code Unplaced}, so that they do not wait for the next batch.
 * Commands need not: their batches place what is waiting ({@link ResolutionService#place}). Not
 * even made in a command's context, whose beans are made only when needed (an export would
 * otherwise build the whole resolution service for nothing).
 */
@Component
@ConditionalOnProperty(name = "crosslink.command", havingValue = "false", matchIfMissing = true)
class UnplacedOnStart {

    private final ResolutionService resolution;

    UnplacedOnStart(ResolutionService resolution) {
        this.resolution = resolution;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void placeWhatWasLeft() {
        resolution.placeUnplaced();
    }
}
