package uk.toex.crosslink.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import uk.toex.crosslink.ingest.store.ChunkResult;

/**
 * Writes chunks on writer threads while the caller parses the next: at most one chunk more than
 * there are writers waits, so memory stays bounded. With several writers, chunks of one file
 * commit in any order (they hold disjoint keys: duplicates are rejected before they get here;
 * shared phones or addresses only make a transaction wait, or retry after a deadlock). Results
 * come back on the caller's thread in submission order; the first failed chunk fails the run.
 * Callers drain the pipeline between files, so a file's chunks never overtake the records of an
 * earlier file they refer to.
 */
final class WritePipeline implements AutoCloseable {

    private final int maxWaiting;
    private final ExecutorService writer;
    private final Deque<Pending> pending = new ArrayDeque<>();

    WritePipeline(int writers) {
        this.maxWaiting = writers + 1;
        this.writer = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "ingest-writer");
            t.setDaemon(true);
            return t;
        });
    }

    private record Pending(Future<ChunkResult> future, Consumer<ChunkResult> done) {
    }

    void submit(Callable<ChunkResult> write, Consumer<ChunkResult> done) {
        while (pending.size() >= maxWaiting) {
            collect(pending.poll());
        }
        pending.add(new Pending(writer.submit(write), done));
    }

    /** Waits for every submitted chunk: after this, everything so far is committed. */
    void drain() {
        while (!pending.isEmpty()) {
            collect(pending.poll());
        }
    }

    private static void collect(Pending p) {
        try {
            p.done().accept(p.future().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestFailedException("interrupted while writing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IngestFailedException("writing to the store failed: " + cause.getMessage(), cause);
        }
    }

    @Override
    public void close() {
        pending.forEach(p -> p.future().cancel(false));
        writer.shutdown();
    }
}
