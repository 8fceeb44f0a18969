package uk.toex.crosslink.store;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.api.exceptions.Status;

/** Recognises the store's refusal of a transaction that needs more memory than it may have, however wrapped. */
public final class StoreMemoryLimits {

    private StoreMemoryLimits() {
    }

    /**
     * Whether a failure is the store stopping a transaction at its memory limit: status
     * {@code Neo.TransientError.General.TransactionOutOfMemoryError} (one transaction's limit,
     * {@code crosslink.neo4j.tx-memory-max}), {@code ...MemoryPoolOutOfMemoryError} (all transactions')
     * or {@code ...TransactionMemoryLimit}.
     */
    public static boolean isMemoryLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException neo4j && memory(neo4j.code())) {
                return true;
            }
            if (t instanceof Status.HasStatus embedded && memory(embedded.status().code().serialize())) {
                return true; // the same refusal, in-process
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean memory(String code) {
        return code != null && (code.contains("OutOfMemoryError") || code.contains("TransactionMemoryLimit"));
    }
}
