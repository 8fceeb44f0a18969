package uk.toex.crosslink.ingest;

/**
 * The batch as a whole cannot be read (no folder, missing or invalid manifest): nothing of it
 * is loaded. The message is one line naming the file, the field and the reason.
 */
public class BatchRefusedException extends RuntimeException {

    public BatchRefusedException(String message) {
        super(message);
    }
}
