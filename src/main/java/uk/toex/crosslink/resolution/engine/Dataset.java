package uk.toex.crosslink.resolution.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Every record the engine knows, prepared, with the vocabulary their ids point into. Records
 * keep their number for the life of the dataset; a changed record is replaced in place.
 */
final class Dataset {

    final FeatureSet features;
    final Vocabulary vocabulary;
    private final List<PreparedRecord> records = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final PairComparator comparator;

    Dataset(List<ExtraComparison> extras) {
        features = FeatureSet.of(extras);
        vocabulary = new Vocabulary(features.extras);
        comparator = new PairComparator(vocabulary);
    }

    Dataset() {
        this(List.of());
    }

    static Dataset prepare(List<PersonInput> inputs, int threads) {
        return prepare(inputs, threads, List.of());
    }

    static Dataset prepare(List<PersonInput> inputs, int threads, List<ExtraComparison> extras) {
        Dataset data = new Dataset(extras);
        data.addAll(inputs, threads);
        return data;
    }

    /** A comparison vector sized for this dataset's features, for one pair or one search. */
    Comparison comparison() {
        return new Comparison(features);
    }

    /** The same for a thread of a whole run, with a large memo of name-part levels. */
    Comparison comparisonForRun() {
        return Comparison.forRun(features);
    }

    /** Adds or replaces records; returns their numbers in input order. */
    int[] addAll(List<PersonInput> inputs, int threads) {
        int[] out = new int[inputs.size()];
        // in chunks, so the intermediate strings of a million records never live at once; the next
        // chunk is normalised on the pool while this thread interns the last (interning is serial)
        Future<List<Normalised>> next = normaliseLater(inputs, 0, threads);
        for (int from = 0; from < inputs.size(); from += CHUNK) {
            List<Normalised> normalised = await(next);
            next = normaliseLater(inputs, from + CHUNK, threads);
            for (int i = 0; i < normalised.size(); i++) {
                out[from + i] = put(normalised.get(i));
            }
        }
        return out;
    }

    private Future<List<Normalised>> normaliseLater(List<PersonInput> inputs, int from, int threads) {
        List<PersonInput> chunk = inputs.subList(Math.min(from, inputs.size()), Math.min(inputs.size(), from + CHUNK));
        List<ExtraComparison> extras = features.extras;
        if (threads <= 1 || chunk.size() < 1000) {
            return CompletableFuture.completedFuture(chunk.stream().map(in -> Normalised.of(in, extras)).toList());
        }
        return POOL.submit(() -> chunk.parallelStream().map(in -> Normalised.of(in, extras)).toList());
    }

    private static List<Normalised> await(Future<List<Normalised>> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing records", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot prepare records: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static final int CHUNK = 50_000;

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

    /** Two workers at most: the machine has two cores and other work to do. */
    private static final ForkJoinPool POOL = new ForkJoinPool(2);

    int size() {
        return records.size();
    }

    PreparedRecord record(int number) {
        return records.get(number);
    }

    /** Where a record stands in a walked block ({@link BlockWindows}). */
    BlockWindows.Order blockOrder() {
        return (kind, number) -> BlockingKeys.order(kind, record(number), vocabulary);
    }

    /** The record's number, or -1 when unknown. */
    int number(String key) {
        return numbers.getOrDefault(key, -1);
    }

    PairComparator comparator() {
        return comparator;
    }
}
