package uk.toex.crosslink.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommit<Integer> commit = new GroupCommit<>(group -> {
            groups.add(List.copyOf(group));
            if (group.contains(0)) {
                firstWriteStarted.countDown();
                await(othersQueued); // the first write is slow: the others queue behind it meanwhile
            }
        });
        ExecutorService callers = Executors.newFixedThreadPool(9);
        try {
            Future<?> first = callers.submit(() -> commit.append(0));
            firstWriteStarted.await(10, TimeUnit.SECONDS);
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                int item = i;
                others.add(callers.submit(() -> commit.append(item)));
            }
            Thread.sleep(300); // all eight are queued and waiting for the lock
            othersQueued.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> other : others) {
                other.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

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
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        GroupCommit<Integer> commit = new GroupCommit<>(group -> {
            if (group.contains(0)) {
                firstWriteStarted.countDown();
                await(othersQueued);
                return; // the first write commits
            }
            throw new IllegalStateException("commit failed"); // the second group's commit fails
        });
        ExecutorService callers = Executors.newFixedThreadPool(5);
        try {
            Future<?> first = callers.submit(() -> commit.append(0));
            firstWriteStarted.await(10, TimeUnit.SECONDS);
            List<Future<?>> others = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                int item = i;
                others.add(callers.submit(() -> commit.append(item)));
            }
            Thread.sleep(300); // all four are queued behind the first write, so they share the next one
            othersQueued.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> other : others) {
                assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                        .hasRootCauseMessage("commit failed");
            }
        } finally {
            callers.shutdownNow();
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
