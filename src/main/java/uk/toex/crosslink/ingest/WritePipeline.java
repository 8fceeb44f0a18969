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
 * Writes chunks on one writer thread while the caller parses the next: at most two chunks wait,
 * so memory stays bounded. Chunks are written in order; results come back on the caller's
 * thread; the first failed chunk fails the run.
 */
final class WritePipeline implements AutoCloseable {

    private static final int MAX_WAITING = 2;

    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ingest-writer");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Pending> pending = new ArrayDeque<>();

    private record Pending(Future<ChunkResult> future, Consumer<ChunkResult> done) {
    }

    void submit(Callable<ChunkResult> write, Consumer<ChunkResult> done) {
        while (pending.size() >= MAX_WAITING) {
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
