package uk.toex.crosslink.ingest;

/**
 * An ingest run could not finish (store or file system failure). Chunks written before the
 * failure stay committed; running the batch again ends as one clean run would.
 */
public class IngestFailedException extends RuntimeException {

    public IngestFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
