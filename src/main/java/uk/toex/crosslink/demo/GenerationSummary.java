package uk.toex.crosslink.demo;

import java.nio.file.Path;

/** What a generation run wrote: where, how many batches, person records and true people. */
public record GenerationSummary(Path out, long seed, int batches, long personRecords, long entities, long networks,
        long millis) {

    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"out\":\"%s\",\"seed\":%d,\"batches\":%d,\"personRecords\":%d,\"entities\":%d,\"networks\":%d,"
                        + "\"millis\":%d}",
                out.toString().replace("\\", "\\\\").replace("\"", "\\\""), seed, batches, personRecords, entities,
                networks, millis);
    }
}
