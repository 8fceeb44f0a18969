package uk.toex.crosslink.store;

import java.time.Duration;

/** The store stopped a read that ran longer than {@code crosslink.neo4j.transaction-timeout}. */
public class ReadTimedOutException extends RuntimeException {

    private final Duration timeout;

    public ReadTimedOutException(Duration timeout, Throwable cause) {
        super("the store stopped a read that ran longer than " + timeout.toSeconds() + "s", cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
