package uk.toex.crosslink.resolution.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the service starts, places the person records a process killed between committing a batch
 * and placing it left marked {@code Unplaced}, so that they do not wait for the next batch.
 * Commands need not: their batches place what is waiting ({@link ResolutionService#place}).
 */
@Component
class UnplacedOnStart {

    private final ResolutionService resolution;
    private final boolean command;

    UnplacedOnStart(ResolutionService resolution, @Value("${crosslink.command:false}") boolean command) {
        this.resolution = resolution;
        this.command = command;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void placeWhatWasLeft() {
        if (!command) {
            resolution.placeUnplaced();
        }
    }
}
