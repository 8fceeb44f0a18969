package uk.toex.crosslink.resolution.service;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Resolves every person record an ingest batch added or changed, as the batch lands. */
@Component
class IngestListener {

    private final ResolutionService resolution;

    IngestListener(ResolutionService resolution) {
        this.resolution = resolution;
    }

    @EventListener
    public void onIngested(PersonRecordsIngested event) {
        resolution.place(event.recordKeys());
    }
}
