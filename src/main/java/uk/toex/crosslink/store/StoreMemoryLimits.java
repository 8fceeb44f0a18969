package uk.toex.crosslink.store;

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
        return StoreStatus.anyCode(failure, code -> code.contains("OutOfMemoryError") || code.contains("TransactionMemoryLimit"));
    }
}
