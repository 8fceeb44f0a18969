package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct values to dense int ids, counting how many records hold each. Frequencies come from
 * a frozen snapshot once a model has been trained, so a batch run and later incremental runs
 * weigh a shared value the same way. Written by one thread at a time; read by many.
 */
final class Interner {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private int[] counts = new int[1024];
    private int[] frozen = new int[0];
    private Map<String, Integer> snapshot;
    private int snapshotTotal;

    int id(String value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
        }
        return id;
    }

    int find(String value) {
        return ids.getOrDefault(value, -1);
    }

    void count(int id, int delta) {
        counts[id] += delta;
    }

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }

    /** Fixes frequencies to a model's snapshot; values it does not know count once. */
    void freeze(Map<String, Integer> counted, int total) {
        this.snapshot = counted;
        this.snapshotTotal = Math.max(1, total);
        this.frozen = new int[0];
    }

    /** How many records held the value (in the snapshot once frozen), at least 1. */
    int frequencyCount(int id) {
        if (snapshot == null) {
            return Math.max(1, counts[id]);
        }
        if (id >= frozen.length) {
            int from = frozen.length;
            frozen = Arrays.copyOf(frozen, Math.max(values.size(), id + 1));
            for (int i = from; i < frozen.length; i++) {
                frozen[i] = snapshot.getOrDefault(values.get(i), 1);
            }
        }
        return frozen[id];
    }

    int frequencyTotal(int liveTotal) {
        return snapshot == null ? Math.max(1, liveTotal) : snapshotTotal;
    }

    Map<String, Integer> countsAtLeast(int minimum) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (counts[i] >= minimum) {
                out.put(values.get(i), counts[i]);
            }
        }
        return out;
    }
}
