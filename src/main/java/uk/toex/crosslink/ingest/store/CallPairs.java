package uk.toex.crosslink.ingest.store;

import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.toex.crosslink.ingest.files.ContentHash;

/**
 * A calls file folded, in memory, into one aggregate per (from, to) number pair: so millions of
 * events make a small graph. Each pair also carries an order-independent digest of its events
 * (the sum of a 64-bit hash per event): the same events, in any order or file, give the same
 * digest, which is what keys the stored {@code CALLED} relationship.
 */
public final class CallPairs {

    private final Map<String, Pair> pairs = new HashMap<>();

    private static final class Pair {
        final String from;
        final String to;
        long count;
        long smsCount;
        long totalDuration;
        long digest;
        OffsetDateTime first;
        OffsetDateTime last;

        Pair(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /** @param from E.164 (or {@code raw:} digits) of the caller; others may be null when unknown */
    public void add(String from, String to, OffsetDateTime startedAt, Long durationSeconds, String kind) {
        Pair pair = pairs.computeIfAbsent(from + '\u0000' + to, k -> new Pair(from, to));
        pair.count++;
        if ("SMS".equals(kind)) {
            pair.smsCount++;
        }
        if (durationSeconds != null) {
            pair.totalDuration += durationSeconds;
        }
        if (startedAt != null) {
            if (pair.first == null || startedAt.toInstant().isBefore(pair.first.toInstant())) {
                pair.first = startedAt;
            }
            if (pair.last == null || startedAt.toInstant().isAfter(pair.last.toInstant())) {
                pair.last = startedAt;
            }
        }
        String event = from + '|' + to + '|' + (startedAt == null ? "" : startedAt.toInstant()) + '|'
                + (durationSeconds == null ? "" : durationSeconds) + '|' + (kind == null ? "" : kind);
        pair.digest += ByteBuffer.wrap(ContentHash.bytes(event)).getLong();
    }

    /** The aggregates as {@code calls-write} parameters. */
    public List<Map<String, Object>> rows() {
        List<Map<String, Object>> out = new ArrayList<>(pairs.size());
        for (Pair p : pairs.values()) {
            Map<String, Object> row = new HashMap<>();
            row.put("from", p.from);
            row.put("to", p.to);
            row.put("events", String.format("%016x-%d", p.digest, p.count));
            row.put("count", p.count);
            row.put("smsCount", p.smsCount);
            row.put("totalDuration", p.totalDuration);
            row.put("first", p.first);
            row.put("last", p.last);
            out.add(row);
        }
        return out;
    }
}
