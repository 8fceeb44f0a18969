package uk.toex.crosslink.demo.world;

import java.time.LocalDate;

/** One record of a true person in one source, made on a date; its record id is set once written. */
public final class Appearance {

    private final Source source;
    private final LocalDate on;
    private String recordId;

    public Appearance(Source source, LocalDate on) {
        this.source = source;
        this.on = on;
    }

    public Source source() {
        return source;
    }

    public LocalDate on() {
        return on;
    }

    public String recordId() {
        return recordId;
    }

    public void written(String id) {
        this.recordId = id;
    }
}
