package uk.toex.crosslink.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.memory.MemoryLimitExceededException;

/** The store's memory refusals, as the engine raises them in-process and as the driver reports them over Bolt. */
class StoreMemoryLimitsTest {

    @Test
    void recognisesTheTransactionMemoryLimitInProcessAndOverBolt() {
        var inProcess = new MemoryLimitExceededException(2 << 20, 1 << 20, 0, Status.General.TransactionOutOfMemoryError,
                "db.memory.transaction.max");
        assertThat(StoreMemoryLimits.isMemoryLimit(new IllegalStateException("wrapped", inProcess))).isTrue();
        assertThat(StoreMemoryLimits.isMemoryLimit(new TransientException(
                "Neo.TransientError.General.TransactionOutOfMemoryError", "threshold reached"))).isTrue();
        assertThat(StoreMemoryLimits.isMemoryLimit(new TransientException(
                "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "pool full"))).isTrue();
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(StoreMemoryLimits.isMemoryLimit(new TransientException(
                "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))).isFalse();
        assertThat(StoreMemoryLimits.isMemoryLimit(new IllegalStateException("no store"))).isFalse();
    }
}
