package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Audit events are written in groups: every caller returns only once its own item is written,
 * callers waiting together share one write, and a failed write fails every item it held.
 */
class GroupCommitTest {

    @Test
    void aCallerReturnsOnlyOnceItsItemIsWritten() {
        List<String> written = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(written::addAll);

        commit.append("event-1");
        assertThat(written).containsExactly("event-1");
        commit.append("event-2");
        assertThat(written).containsExactly("event-1", "event-2");
    }

    @Test
    void callersWaitingWhileAWriteIsUnderWayShareTheNextWrite() throws Exception {
        List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());

        List<CompletableFuture<Void>> others = queuedBehindASlowFirstWrite(8, group -> groups.add(List.copyOf(group)));

        assertThat(others).allSatisfy(other -> assertThat(other).isCompleted());
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly(0);
        assertThat(groups.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aFailedWriteFailsItsCallerAndTheNextItemIsWrittenAfresh() {
        List<String> written = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(group -> {
            if (group.contains("poison")) {
                throw new IllegalStateException("store unavailable");
            }
            written.addAll(group);
        });

        assertThatThrownBy(() -> commit.append("poison")).isInstanceOf(IllegalStateException.class)
                .hasMessage("store unavailable");
        commit.append("event-2");
        assertThat(written).containsExactly("event-2");
    }

    @Test
    void aFailedWriteFailsEveryCallerWhoseItemItHeld() throws Exception {
        List<CompletableFuture<Void>> others = queuedBehindASlowFirstWrite(4, group -> {
            if (!group.contains(0)) {
                throw new IllegalStateException("commit failed"); // the second group's commit fails
            }
        });

        assertThat(others).allSatisfy(other -> assertThatThrownBy(other::join)
                .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("commit failed"));
    }

    /**
     * Item 0 is appended first and its write holds until items 1 to {@code others} are all queued behind
     * it, so they share the next write; {@code writer} is every write. Returns the others' appends, done.
     */
    private static List<CompletableFuture<Void>> queuedBehindASlowFirstWrite(int others, Consumer<List<Integer>> writer)
            throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommit<Integer> commit = new GroupCommit<>(group -> {
            writer.accept(group);
            if (group.contains(0)) {
                firstWriteStarted.countDown();
                await(othersQueued); // the first write is slow: the others queue behind it meanwhile
            }
        });
        ExecutorService callers = Executors.newFixedThreadPool(others + 1);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> commit.append(0), callers);
            firstWriteStarted.await(10, TimeUnit.SECONDS);
            List<CompletableFuture<Void>> queued = IntStream.rangeClosed(1, others)
                    .mapToObj(item -> CompletableFuture.runAsync(() -> commit.append(item), callers)).toList();
            Thread.sleep(300); // all of them are queued and waiting for the lock
            othersQueued.countDown();
            first.get(10, TimeUnit.SECONDS);
            CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
            return queued;
        } finally {
            callers.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
