package uk.toex.crosslink.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes items in groups: each caller queues its item and returns only once a transaction holding
 * it has committed, but concurrent callers share one transaction (and one flush of the store's
 * log) instead of one each. No thread of its own: whichever waiting caller holds the lock writes
 * everything queued so far, so a lone caller pays no hand-over and the others' items ride along.
 */
final class GroupCommit<T> {

    private static final int MAX_GROUP = 512;

    private record Pending<T>(T item, CompletableFuture<Void> written) {
    }

    private final LinkedBlockingQueue<Pending<T>> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private final Consumer<List<T>> writer;

    GroupCommit(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    /** Returns when the item is committed; throws what the write of its group threw. */
    void append(T item) {
        Pending<T> mine = new Pending<>(item, new CompletableFuture<>());
        queue.add(mine);
        writing.lock();
        try {
            while (!mine.written().isDone()) {
                List<Pending<T>> group = new ArrayList<>();
                queue.drainTo(group, MAX_GROUP);
                write(group);
            }
        } finally {
            writing.unlock();
        }
        try {
            mine.written().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void write(List<Pending<T>> group) {
        try {
            writer.accept(group.stream().map(Pending::item).toList());
            group.forEach(p -> p.written().complete(null));
        } catch (RuntimeException e) {
            group.forEach(p -> p.written().completeExceptionally(e));
        }
    }
}
