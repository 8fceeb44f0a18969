package uk.toex.crosslink.store;

/** Recognises the store's own refusal of a transaction that outlived its timeout, however wrapped. */
public final class StoreTimeouts {

    private StoreTimeouts() {
    }

    /**
     * Whether a failure is the store stopping a timed-out transaction: status
     * {@code Neo.ClientError.Transaction.TransactionTimedOut} (engine limit) or
     * {@code ...TransactionTimedOutClientConfiguration} (the transaction's own), or a later use of
     * the transaction the store already terminated for that reason.
     */
    public static boolean isTimeout(Throwable failure) {
        return StoreStatus.anyCode(failure, code -> code.contains("TransactionTimedOut"));
    }
}
