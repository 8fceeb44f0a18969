package uk.toex.crosslink.ingest;

/** An uploaded batch zip that cannot be taken apart safely; the message says why. */
public class BadZipException extends Exception {

    public BadZipException(String message) {
        super(message);
    }
}
