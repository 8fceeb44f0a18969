package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Every record the engine knows, prepared, with the vocabulary their ids point into. Records
 * keep their number for the life of the dataset; a changed record is replaced in place.
 */
final class Dataset {

    final Vocabulary vocabulary = new Vocabulary();
    private final List<PreparedRecord> records = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final PairComparator comparator = new PairComparator(vocabulary);

    static Dataset prepare(List<PersonInput> inputs, int threads) {
        Dataset data = new Dataset();
        data.addAll(inputs, threads);
        return data;
    }

    /** Adds or replaces records; returns their numbers in input order. */
    int[] addAll(List<PersonInput> inputs, int threads) {
        List<Normalised> normalised = normalise(inputs, threads);
        int[] out = new int[normalised.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = put(normalised.get(i));
        }
        return out;
    }

    private int put(Normalised n) {
        Integer existing = numbers.get(n.key());
        if (existing != null) {
            vocabulary.forget(records.get(existing));
            records.set(existing, vocabulary.intern(n));
            return existing;
        }
        int number = records.size();
        records.add(vocabulary.intern(n));
        numbers.put(n.key(), number);
        return number;
    }

    private static List<Normalised> normalise(List<PersonInput> inputs, int threads) {
        if (threads <= 1 || inputs.size() < 1000) {
            return inputs.stream().map(Normalised::of).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> inputs.parallelStream().map(Normalised::of).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing records", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot prepare records: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    int size() {
        return records.size();
    }

    PreparedRecord record(int number) {
        return records.get(number);
    }

    /** The record's number, or -1 when unknown. */
    int number(String key) {
        return numbers.getOrDefault(key, -1);
    }

    PairComparator comparator() {
        return comparator;
    }
}
