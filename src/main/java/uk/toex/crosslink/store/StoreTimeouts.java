package uk.toex.crosslink.store;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.kernel.api.exceptions.Status;

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
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
                return true;
            }
            if (t instanceof Status.HasStatus embedded && embedded.status().code().serialize().contains("TransactionTimedOut")) {
                return true; // the same refusal, in-process
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
