package uk.toex.crosslink.ingest;

/** Told how far a long ingest has got; called on the parsing thread, often. */
public interface IngestProgress {

    IngestProgress NONE = new IngestProgress() {
        @Override
        public void rows(String file, long rows, long bytesRead, long bytesTotal) {
        }

        @Override
        public void fileDone(String file, long rows) {
        }
    };

    /** A file's reading starts (its header has been read). */
    default void fileStarted(String file) {
    }

    /** @param bytesTotal the file's size, for an ETA */
    void rows(String file, long rows, long bytesRead, long bytesTotal);

    void fileDone(String file, long rows);
}
